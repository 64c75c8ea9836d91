using System.Text;
using System.Xml;

namespace VolunteerDW.Reports.Annex;

/// <summary>Makes any text safe to store in a cell: XML can hold it and Excel accepts its length.</summary>
internal static class AnnexText
{
    /// <summary>The most characters an Excel cell holds.</summary>
    public const int MaxCellLength = 32_767;

    private const char Ellipsis = '…';

    /// <summary>
    /// Line breaks become <c>\n</c> (what Excel writes inside a cell); characters XML cannot hold
    /// (control characters, unpaired surrogates) are dropped, since the file could not be written
    /// or read with them; a text over the cell limit is cut, with an ellipsis saying so.
    /// </summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n");
        var clean = new StringBuilder(Math.Min(lines.Length, MaxCellLength + 1));
        for (var i = 0; i < lines.Length && clean.Length <= MaxCellLength; i++)
        {
            if (i + 1 < lines.Length && XmlConvert.IsXmlSurrogatePair(lines[i + 1], lines[i]))
            {
                clean.Append(lines, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(lines[i]))
            {
                clean.Append(lines[i]);
            }
        }

        if (clean.Length <= MaxCellLength)
        {
            return clean.ToString();
        }

        // Never split a surrogate pair: half of one is a character XML cannot hold.
        var keep = char.IsHighSurrogate(clean[MaxCellLength - 2]) ? MaxCellLength - 2 : MaxCellLength - 1;
        return clean.ToString(0, keep) + Ellipsis;
    }

    /// <summary>
    /// Whether a spreadsheet would take the text for a formula were it typed in (the leading
    /// characters OWASP lists for formula injection), so that it gets a quote prefix too.
    /// </summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t';
}
