using System.Globalization;
using System.Text;

namespace VolunteerDW.Reports.Rendering;

/// <summary>
/// Gives each heading of one document a unique id from its text, so that links to a section stay
/// the same from one run of a report to the next. Kazakh and Russian letters are kept as they are,
/// but only the first words: a PDF names each link target by its id, percent-encoded, and a name
/// longer than 127 bytes is beyond the format's limit (readers warn, or drop the link).
/// </summary>
internal sealed class HeadingIds
{
    /// <summary>The longest id, percent-encoded as a PDF link names it, leaving room for a "-2" suffix.</summary>
    public const int MaxEncodedLength = 96;

    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private int _count;

    public string Next(string headingText)
    {
        _count++;
        var slug = Shortened(Slug(headingText));
        var id = slug.Length > 0 ? slug : string.Create(CultureInfo.InvariantCulture, $"s{_count}");
        var unique = id;
        for (var n = 2; !_taken.Add(unique); n++)
        {
            unique = string.Create(CultureInfo.InvariantCulture, $"{id}-{n}");
        }

        return unique;
    }

    /// <summary>The slug's first words, as many as fit <see cref="MaxEncodedLength"/> once percent-encoded; a first word too long is cut.</summary>
    private static string Shortened(string slug)
    {
        var kept = string.Empty;
        foreach (var word in slug.Split('-'))
        {
            var longer = kept.Length == 0 ? word : $"{kept}-{word}";
            if (Uri.EscapeDataString(longer).Length > MaxEncodedLength)
            {
                return kept.Length > 0 ? kept : CutWord(word);
            }

            kept = longer;
        }

        return kept;
    }

    private static string CutWord(string word)
    {
        var length = word.Length;
        while (length > 1 && Uri.EscapeDataString(word[..length]).Length > MaxEncodedLength)
        {
            length--;
        }

        return word[..length];
    }

    /// <summary>Letters and digits in lower case; every run of anything else becomes one hyphen.</summary>
    private static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }
}
