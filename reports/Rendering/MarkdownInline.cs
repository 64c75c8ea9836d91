using System.Text;
using System.Text.RegularExpressions;

namespace VolunteerDW.Reports.Rendering;

/// <summary>
/// The inline part of the report Markdown subset: <c>**strong**</c>, <c>*emphasis*</c> and
/// backslash escapes. Everything else is literal text.
/// </summary>
internal static partial class MarkdownInline
{
    private static readonly (int Width, string Tag)[] _delimiters = [(2, "strong"), (1, "em")];

    /// <summary>The inline Markdown as HTML: text encoded, emphasis as tags that always nest.</summary>
    public static string ToHtml(string markdown)
    {
        var builder = new StringBuilder(markdown.Length + 16);
        Render(markdown, builder, markup: true);
        return builder.ToString();
    }

    /// <summary>The text the inline Markdown shows, unencoded: for heading ids and the table of contents.</summary>
    public static string ToPlainText(string markdown)
    {
        var builder = new StringBuilder(markdown.Length);
        Render(markdown, builder, markup: false);
        return builder.ToString();
    }

    private static void Render(string text, StringBuilder output, bool markup)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && MarkdownText.IsEscapable(text[i + 1]))
            {
                AppendText(output, text[i + 1].ToString(), markup);
                i += 2;
            }
            else if (c == '*' && TryEmphasis(text, i, output, markup, out var next))
            {
                i = next;
            }
            else
            {
                var end = i + 1;
                while (end < text.Length && text[end] is not ('\\' or '*'))
                {
                    end++;
                }

                AppendText(output, text[i..end], markup);
                i = end;
            }
        }
    }

    /// <summary>
    /// Tries <c>**…**</c> (when the run has two stars) and then <c>*…*</c> at a star. As in
    /// CommonMark, the content may not start or end with a space, so "2 * 3 * 4" stays text.
    /// </summary>
    private static bool TryEmphasis(string text, int start, StringBuilder output, bool markup, out int next)
    {
        foreach (var (width, tag) in _delimiters)
        {
            var open = start + width;
            if (StarRun(text, start) < width || open >= text.Length || char.IsWhiteSpace(text[open]))
            {
                continue;
            }

            var close = FindCloser(text, open, width);
            if (close < 0)
            {
                continue;
            }

            AppendTag(output, $"<{tag}>", markup);
            Render(text[open..close], output, markup);
            AppendTag(output, $"</{tag}>", markup);
            next = close + width;
            return true;
        }

        next = start;
        return false;
    }

    /// <summary>Where the closing delimiter of the given width starts, skipping escapes; -1 when there is none.</summary>
    private static int FindCloser(string text, int from, int width)
    {
        var i = from;
        while (i < text.Length)
        {
            if (text[i] == '\\')
            {
                i += 2;
                continue;
            }

            if (text[i] != '*')
            {
                i++;
                continue;
            }

            var run = StarRun(text, i);
            // A single star inside **strong** cannot close it, and a double one inside *em* is
            // nested strong; either way the closer must follow content, not a space.
            var fits = width == 1 ? run == 1 : run >= 2;
            if (fits && i > from && !char.IsWhiteSpace(text[i - 1]))
            {
                return i;
            }

            i += run;
        }

        return -1;
    }

    private static int StarRun(string text, int at)
    {
        var end = at;
        while (end < text.Length && text[end] == '*')
        {
            end++;
        }

        return end - at;
    }

    private static void AppendText(StringBuilder output, string text, bool markup)
    {
        if (markup)
        {
            Markup.Append(output, YearAbbreviation().Replace(text, "\u00A0"));
        }
        else
        {
            output.Append(text);
        }
    }

    private static void AppendTag(StringBuilder output, string tag, bool markup)
    {
        if (markup)
        {
            output.Append(tag);
        }
    }

    // "2026 г." and "2025–2026 гг." are not broken before the abbreviation, which would leave it alone at a line's start.
    [GeneratedRegex(@"(?<=\d) (?=гг?\.)")]
    private static partial Regex YearAbbreviation();
}
