using System.Globalization;
using System.Text;

namespace VolunteerDW.Reports.Rendering;

/// <summary>
/// Gives each heading of one document a unique id from its text, so that links to a section stay
/// the same from one run of a report to the next. Kazakh and Russian letters are kept as they are.
/// </summary>
internal sealed class HeadingIds
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private int _count;

    public string Next(string headingText)
    {
        _count++;
        var slug = Slug(headingText);
        var id = slug.Length > 0 ? slug : string.Create(CultureInfo.InvariantCulture, $"s{_count}");
        var unique = id;
        for (var n = 2; !_taken.Add(unique); n++)
        {
            unique = string.Create(CultureInfo.InvariantCulture, $"{id}-{n}");
        }

        return unique;
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
