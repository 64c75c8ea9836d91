namespace VolunteerDW.Reports.Rendering;

/// <summary>A heading in the table of contents: its level (2 or 3), its id in the page and its text.</summary>
public sealed record TocEntry(int Level, string Id, string Text);

/// <summary>Report Markdown converted to HTML: the body and the headings to list in the contents.</summary>
public sealed record ConvertedMarkdown(string Body, IReadOnlyList<TocEntry> Contents);

/// <summary>
/// Converts the restricted Markdown that report templates produce into HTML. Only the subset is
/// markup: blank-line separated blocks; headings <c>#</c>–<c>####</c>; paragraphs; <c>- </c> and
/// <c>1. </c> lists; pipe tables; a chart image <c>![caption](charts/id.svg)</c> on a line of its
/// own; <c>**strong**</c>, <c>*emphasis*</c>; backslash escapes; <c>---</c> as a rule. Anything
/// else, raw HTML and links included, is literal text, HTML-encoded.
/// </summary>
public static class MarkdownHtml
{
    /// <summary>Converts a report's Markdown; <paramref name="charts"/> maps a chart id to its SVG, inlined in place of the image.</summary>
    public static ConvertedMarkdown Convert(string markdown, IReadOnlyDictionary<string, string> charts)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(charts);
        var blocks = new MarkdownBlocks(charts);
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            blocks.Add(line.Trim());
        }

        return blocks.Finish();
    }
}
