using System.Globalization;
using System.Text;

namespace VolunteerDW.Reports.Rendering;

/// <summary>An indirect reference, <c>12 0 R</c>: object 12, generation 0.</summary>
internal readonly record struct PdfReference(int Number, int Generation);

/// <summary>A name, <c>/Dests</c>, without its slash and with its <c>#xx</c> escapes decoded (the bytes read as UTF-8).</summary>
internal sealed record PdfName(string Value);

/// <summary>
/// Reads PDF objects from a file's bytes (ISO 32000-1 §7.2–7.3), for <see cref="PdfObjects"/>: a
/// dictionary becomes a <see cref="Dictionary{TKey, TValue}"/> keyed by name, an array a
/// <see cref="List{T}"/>, a string its bytes, a number a <see cref="long"/> or a <see cref="double"/>,
/// <c>true</c>/<c>false</c> a <see cref="bool"/>, <c>null</c> null. A stream's data is never read:
/// what this reader looks for is in dictionaries and arrays. Anything it cannot read is an
/// <see cref="InvalidDataException"/>.
/// </summary>
internal sealed class PdfSyntax(byte[] pdf, int position)
{
    public int Position { get; private set; } = position;

    public object? ReadObject()
    {
        SkipWhitespace();
        switch (Peek())
        {
            case (byte)'/':
                return ReadName();
            case (byte)'(':
                return ReadLiteralString();
            case (byte)'[':
                Position++;
                return ReadArray();
            case (byte)'<' when PeekAt(1) == '<':
                Position += 2;
                return ReadDictionary();
            case (byte)'<':
                return ReadHexString();
            case var c when c is (byte)'+' or (byte)'-' or (byte)'.' || char.IsAsciiDigit((char)c):
                return ReadNumberOrReference();
            default:
                var word = ReadKeyword();
                return word switch
                {
                    "true" => true,
                    "false" => false,
                    "null" => null,
                    _ => throw Invalid($"'{word}' where an object was expected"),
                };
        }
    }

    /// <summary>A non-negative whole number, as in a cross-reference table or an object's header.</summary>
    public int ReadInteger() =>
        ReadObject() is long value and >= 0 and <= int.MaxValue ? (int)value : throw Invalid("a whole number was expected");

    /// <summary>A bare word (<c>xref</c>, <c>trailer</c>, <c>obj</c>, <c>n</c>); empty at a delimiter or the end.</summary>
    public string ReadKeyword()
    {
        SkipWhitespace();
        var start = Position;
        while (Position < pdf.Length && !IsWhitespace(pdf[Position]) && !IsDelimiter(pdf[Position]))
        {
            Position++;
        }

        return Encoding.ASCII.GetString(pdf, start, Position - start);
    }

    public void Expect(string keyword)
    {
        var word = ReadKeyword();
        if (word != keyword)
        {
            throw Invalid($"'{word}' where '{keyword}' was expected");
        }
    }

    private List<object?> ReadArray()
    {
        var items = new List<object?>();
        while (SkipWhitespace() != ']')
        {
            items.Add(ReadObject());
        }

        Position++;
        return items;
    }

    private Dictionary<string, object?> ReadDictionary()
    {
        var entries = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (SkipWhitespace() != '>')
        {
            var key = ReadObject() as PdfName ?? throw Invalid("a dictionary key that is not a name");
            entries[key.Value] = ReadObject();
        }

        if (PeekAt(1) != '>')
        {
            throw Invalid("a dictionary not closed by '>>'");
        }

        Position += 2;
        return entries;
    }

    /// <summary>A number; a whole one followed by another and <c>R</c> is a reference instead.</summary>
    private object ReadNumberOrReference()
    {
        var first = ReadKeyword();
        if (!long.TryParse(first, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? real : throw Invalid($"'{first}' is not a number");
        }

        var after = Position;
        if (whole >= 0 && whole <= int.MaxValue && int.TryParse(ReadKeyword(), NumberStyles.None, CultureInfo.InvariantCulture, out var generation) && ReadKeyword() == "R")
        {
            return new PdfReference((int)whole, generation);
        }

        Position = after;
        return whole;
    }

    private PdfName ReadName()
    {
        Position++;
        var bytes = new List<byte>();
        while (Position < pdf.Length && !IsWhitespace(pdf[Position]) && !IsDelimiter(pdf[Position]))
        {
            // #xx is the byte xx (§7.3.5): Chromium writes the percent of a percent-encoded URL fragment as #25.
            if (pdf[Position] == '#' && Position + 2 < pdf.Length
                && byte.TryParse(pdf.AsSpan(Position + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var escaped))
            {
                bytes.Add(escaped);
                Position += 3;
            }
            else
            {
                bytes.Add(pdf[Position++]);
            }
        }

        return new PdfName(Encoding.UTF8.GetString([.. bytes]));
    }

    /// <summary>A string in parentheses: balanced parentheses nest, a backslash escapes (§7.3.4.2).</summary>
    private byte[] ReadLiteralString()
    {
        Position++;
        var bytes = new List<byte>();
        for (var depth = 1; ; Position++)
        {
            var c = Peek();
            if (c == '\\')
            {
                Position++;
                bytes.AddRange(Escape());
                continue;
            }

            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0)
            {
                Position++;
                return [.. bytes];
            }

            bytes.Add(c);
        }
    }

    /// <summary>What follows a backslash; leaves <see cref="Position"/> on its last byte.</summary>
    private byte[] Escape()
    {
        var c = Peek();
        if (c is >= (byte)'0' and <= (byte)'7')
        {
            // One to three octal digits; a value past 255 keeps its low byte.
            var octal = c - '0';
            for (var more = 0; more < 2 && PeekAt(1) is >= '0' and <= '7'; more++)
            {
                Position++;
                octal = (octal * 8) + (pdf[Position] - '0');
            }

            return [(byte)octal];
        }

        if (c == '\r' && PeekAt(1) == '\n')
        {
            Position++;
        }

        return c switch
        {
            (byte)'n' => [(byte)'\n'],
            (byte)'r' => [(byte)'\r'],
            (byte)'t' => [(byte)'\t'],
            (byte)'b' => [(byte)'\b'],
            (byte)'f' => [(byte)'\f'],
            // A backslash at the end of a line continues the string on the next one.
            (byte)'\r' or (byte)'\n' => [],
            _ => [c],
        };
    }

    private byte[] ReadHexString()
    {
        var end = Array.IndexOf(pdf, (byte)'>', Position);
        if (end < 0)
        {
            throw Invalid("a hexadecimal string not closed by '>'");
        }

        var digits = new string([.. Encoding.ASCII.GetString(pdf, Position + 1, end - Position - 1).Where(char.IsAsciiHexDigit)]);
        Position = end + 1;
        // An odd last digit is followed by an implied 0.
        return Convert.FromHexString(digits.Length % 2 == 0 ? digits : digits + "0");
    }

    /// <summary>Skips white space and comments; returns the next byte, or -1 at the end of the file.</summary>
    private int SkipWhitespace()
    {
        while (PeekAt(0) is var c and >= 0)
        {
            if (c == '%')
            {
                while (PeekAt(0) is not ('\r' or '\n' or -1))
                {
                    Position++;
                }
            }
            else if (IsWhitespace((byte)c))
            {
                Position++;
            }
            else
            {
                return c;
            }
        }

        return -1;
    }

    private byte Peek() => Position < pdf.Length ? pdf[Position] : throw Invalid("the file ends in the middle of an object");

    private int PeekAt(int ahead) => Position + ahead < pdf.Length ? pdf[Position + ahead] : -1;

    private static bool IsWhitespace(byte c) => c is 0 or (byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r' or (byte)' ';

    private static bool IsDelimiter(byte c) => c is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private InvalidDataException Invalid(string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"PDF syntax at byte {Position}: {what}."));
}
