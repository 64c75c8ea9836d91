using System.Globalization;

namespace VolunteerDW.Reports.Rendering;

/// <summary>
/// The objects of a PDF by number, found through its cross-reference table (ISO 32000-1 §7.5.4–
/// §7.5.6): <c>startxref</c> at the end gives the table's offset; the table gives each object's
/// offset; the trailer after it names the catalog (<c>/Root</c>); an updated file chains older
/// tables through <c>/Prev</c>. This is what Chromium (Skia) writes: PDF 1.4, every object
/// uncompressed. A file that keeps its cross-reference in a stream, with objects compressed into
/// object streams (PDF 1.5), is refused with an <see cref="InvalidDataException"/> that says so,
/// rather than half read.
/// </summary>
internal sealed class PdfObjects
{
    // Deep enough for any file Chromium writes; a deeper chain is a loop in a damaged file.
    private const int MaxChain = 32;

    private readonly byte[] _pdf;
    private readonly Dictionary<int, int> _offsets = [];

    private PdfObjects(byte[] pdf)
    {
        _pdf = pdf;
        var visited = new HashSet<int>();
        Dictionary<string, object?>? newest = null;
        for (int? at = StartXref(); at is { } table;)
        {
            if (!visited.Add(table) || visited.Count > MaxChain)
            {
                throw new InvalidDataException("The PDF's cross-reference tables refer to each other in a loop.");
            }

            // The newest table is read first: its entries win, and its trailer is the file's.
            var trailer = ReadTable(table);
            newest ??= trailer;
            at = trailer.GetValueOrDefault("Prev") switch
            {
                null => null,
                long prev and >= 0 and <= int.MaxValue => (int)prev,
                _ => throw new InvalidDataException("The PDF trailer's /Prev is not an offset."),
            };
        }

        Trailer = newest!;
    }

    /// <summary>The trailer dictionary of the newest cross-reference table.</summary>
    public Dictionary<string, object?> Trailer { get; }

    public static PdfObjects Read(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        return pdf.AsSpan().StartsWith("%PDF-"u8) ? new PdfObjects(pdf) : throw new InvalidDataException("The file is not a PDF: it does not start with %PDF-.");
    }

    /// <summary>The value itself, or the object it refers to (followed through references to references).</summary>
    public object? Resolve(object? value)
    {
        for (var hops = 0; value is PdfReference reference; hops++)
        {
            if (hops == MaxChain)
            {
                throw new InvalidDataException("The PDF's objects refer to each other in a loop.");
            }

            value = Object(reference);
        }

        return value;
    }

    /// <summary>A dictionary entry, resolved; null when it is absent.</summary>
    public object? Get(Dictionary<string, object?> dictionary, string key) =>
        Resolve(dictionary.GetValueOrDefault(key));

    private object? Object(PdfReference reference)
    {
        if (!_offsets.TryGetValue(reference.Number, out var offset))
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"Object {reference.Number} is not in the PDF's cross-reference table (it may be compressed in an object stream, which this reader does not open)."));
        }

        var syntax = new PdfSyntax(_pdf, offset);
        if (syntax.ReadInteger() != reference.Number || syntax.ReadInteger() != reference.Generation)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"The cross-reference table puts object {reference.Number} at byte {offset}, where another is."));
        }

        syntax.Expect("obj");
        return syntax.ReadObject();
    }

    /// <summary>The offset after the last <c>startxref</c>, which readers look for in the file's last kilobyte.</summary>
    private int StartXref()
    {
        var tail = Math.Max(0, _pdf.Length - 1024);
        var at = _pdf.AsSpan(tail).LastIndexOf("startxref"u8);
        if (at < 0)
        {
            throw new InvalidDataException("The PDF has no startxref at its end: it is cut short or damaged.");
        }

        var offset = new PdfSyntax(_pdf, tail + at + "startxref".Length).ReadInteger();
        return offset < _pdf.Length ? offset : throw new InvalidDataException("The PDF's startxref points past its end.");
    }

    /// <summary>
    /// Reads one table into the offsets (objects an earlier-read, newer table placed are kept) and
    /// returns its trailer. Each subsection is "first count", then count entries "offset generation n|f".
    /// </summary>
    private Dictionary<string, object?> ReadTable(int at)
    {
        var syntax = new PdfSyntax(_pdf, at);
        var keyword = syntax.ReadKeyword();
        if (keyword != "xref")
        {
            throw new InvalidDataException(keyword.Length > 0 && char.IsAsciiDigit(keyword[0])
                ? "The PDF keeps its cross-reference in a stream (PDF 1.5 compression), which this reader does not follow."
                : $"The PDF's startxref points at '{keyword}', not at a cross-reference table.");
        }

        while (true)
        {
            var first = syntax.ReadKeyword();
            if (first == "trailer")
            {
                return syntax.ReadObject() as Dictionary<string, object?> ?? throw new InvalidDataException("The PDF's trailer is not a dictionary.");
            }

            var number = int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : throw new InvalidDataException($"'{first}' in the PDF's cross-reference table.");
            var count = syntax.ReadInteger();
            for (var i = 0; i < count; i++, number++)
            {
                var offset = syntax.ReadInteger();
                syntax.ReadInteger();
                if (syntax.ReadKeyword() == "n")
                {
                    _offsets.TryAdd(number, offset);
                }
            }
        }
    }
}
