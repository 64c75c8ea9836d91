using System.Text;

namespace VolunteerDW.Reports.Rendering;

/// <summary>
/// Makes text from data inert in Markdown, so that submitted titles and practice texts can be put
/// into report templates without creating headings, lists, emphasis, tables, links or HTML.
/// </summary>
public static class MarkdownText
{
    /// <summary>
    /// Backslash-escapes the characters that mean something in Markdown (this subset, CommonMark or
    /// GitHub's) — anywhere, and at the start of the text those that only start a block (a list
    /// item, a numbered item) — and turns line breaks and tabs into spaces: the result is one line
    /// of plain text in a paragraph, list item or table cell. Ordinary punctuation (commas, dots,
    /// per cent signs, dashes inside words) stays as it is, so the Markdown reads well as text.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + (text.Length / 8));
        var leadingDigits = text.TakeWhile(char.IsAsciiDigit).Count();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            var startsBlock = (i == 0 && c is '-' or '+' or '=') || (i == leadingDigits && i > 0 && c is '.' or ')');
            if (AlwaysEscaped.Contains(c) || startsBlock)
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

    /// <summary>Characters that can make markup wherever they stand: emphasis, code, links, images, HTML, entities, tables, headings, strikethrough.</summary>
    private const string AlwaysEscaped = "\\`*_[]<>|&~#";
}
