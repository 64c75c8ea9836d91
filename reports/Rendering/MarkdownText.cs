using System.Text;

namespace VolunteerDW.Reports.Rendering;

/// <summary>
/// Makes text from data inert in Markdown, so that submitted titles and practice texts can be put
/// into report templates without creating headings, lists, emphasis, tables, links or HTML.
/// </summary>
public static class MarkdownText
{
    /// <summary>
    /// Backslash-escapes every ASCII punctuation character and turns line breaks and tabs into
    /// spaces: the result is one line of plain text in a paragraph, list item or table cell.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + (text.Length / 4));
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (IsEscapable(c))
            {
                builder.Append('\\').Append(c);
            }
            else
            {
                // A line break would end a table row or start a new block; any other control
                // character has no business in a report either.
                builder.Append(char.IsControl(c) ? ' ' : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Text for a pipe-table cell. <see cref="Escape"/> already escapes pipes and removes line
    /// breaks, which is all a cell needs, so this is the same; it names the intent in templates.
    /// </summary>
    public static string Cell(string text) => Escape(text);

    /// <summary>Whether a backslash before the character makes it literal: any ASCII punctuation, as in CommonMark.</summary>
    internal static bool IsEscapable(char c) => char.IsAscii(c) && (char.IsPunctuation(c) || char.IsSymbol(c));
}
