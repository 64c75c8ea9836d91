using System.Globalization;
using System.Text;
using VolunteerDW.Warehouse;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Rendering;

/// <summary>The lines at the head of a report, already formatted in the report's language.</summary>
/// <param name="Title">The report's title.</param>
/// <param name="Period">The period it covers, e.g. the first half of 2026.</param>
/// <param name="Generated">When it was generated and which data it reflects (the "as of" line).</param>
public sealed record PageHeader(string Title, string Period, string Generated);

/// <summary>
/// The whole HTML report as one self-contained file: inline CSS (screen and A4 print), a header
/// block, a contents list linking to the sections, then the converted body. Only the converter's
/// body (with its inline SVG charts) is trusted markup; every text passed in is HTML-escaped. The
/// page printed to PDF also gives each contents entry the page its section printed on
/// (<see cref="PrintedPages"/>); the page for the screen has none, where they would mean nothing.
/// </summary>
public static class HtmlPage
{
    private static readonly Label _contents = new("Мазмұны", "Содержание", "Contents");

    private static readonly Lazy<string> _css = new(() => EmbeddedFiles.Read(typeof(HtmlPage).Assembly, "Rendering/report.css"));

    /// <summary>
    /// The page in a language: <paramref name="header"/> is escaped, <paramref name="content"/> is
    /// inserted as converted. With <paramref name="pages"/>, the page to print to PDF, its contents
    /// numbered with them; without, the page for the screen.
    /// </summary>
    public static string Render(Language language, PageHeader header, ConvertedMarkdown content, PrintedPages? pages = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(content);
        var html = new StringBuilder(content.Body.Length + ReportFont.FontFaces.Length + _css.Value.Length + 2048)
            .Append("<!DOCTYPE html>\n")
            .Append("<html lang=\"").Append(language.Code()).Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Markup.Escape($"{header.Title} — {header.Period}")).Append("</title>\n")
            .Append("<style>\n").Append(ReportFont.FontFaces).Append(_css.Value).Append("</style>\n</head>\n<body>\n")
            .Append("<header class=\"report-header\">\n")
            .Append("<h1 class=\"report-title\">").Append(Markup.Escape(header.Title)).Append("</h1>\n")
            .Append("<p class=\"report-period\">").Append(Markup.Escape(header.Period)).Append("</p>\n")
            .Append("<p class=\"report-generated\">").Append(Markup.Escape(header.Generated)).Append("</p>\n")
            .Append("</header>\n");
        AppendContents(html, content.Contents, _contents.In(language), pages);
        return html.Append("<main>\n").Append(content.Body).Append("</main>\n</body>\n</html>\n").ToString();
    }

    /// <summary>Sections (h2) with their subsections (h3) nested under them.</summary>
    private static void AppendContents(StringBuilder html, IReadOnlyList<TocEntry> entries, string heading, PrintedPages? pages)
    {
        if (entries.Count == 0)
        {
            return;
        }

        html.Append(pages is null ? "<nav class=\"contents\" aria-label=\"" : "<nav class=\"contents contents-numbered\" aria-label=\"").Append(Markup.Escape(heading)).Append("\">\n")
            .Append("<p class=\"contents-title\">").Append(Markup.Escape(heading)).Append("</p>\n<ol>\n");
        // A subsection before any section has no section to nest in: it is listed on its own.
        var sections = new List<(TocEntry Section, List<TocEntry> Subsections)>();
        foreach (var entry in entries)
        {
            if (entry.Level > 2 && sections.Count > 0)
            {
                sections[^1].Subsections.Add(entry);
            }
            else
            {
                sections.Add((entry, []));
            }
        }

        foreach (var (section, subsections) in sections)
        {
            AppendLink(html.Append("<li>"), section, pages);
            if (subsections.Count > 0)
            {
                html.Append("\n<ol>\n");
                subsections.ForEach(subsection => AppendLink(html.Append("<li>"), subsection, pages).Append("</li>\n"));
                html.Append("</ol>\n");
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n</nav>\n");
    }

    /// <summary>
    /// An entry: its heading's text, and in print its page (report.css sets it at the right after a
    /// dotted leader). A page not known yet keeps its place with an invisible 0 in the same box, so
    /// that the entry lays out as it will with the number.
    /// </summary>
    private static StringBuilder AppendLink(StringBuilder html, TocEntry entry, PrintedPages? pages)
    {
        html.Append("<a href=\"#").Append(Markup.Escape(entry.Id)).Append("\">");
        if (pages is null)
        {
            return html.Append(Markup.Escape(entry.Text)).Append("</a>");
        }

        html.Append("<span class=\"contents-text\">").Append(Markup.Escape(entry.Text)).Append("</span>");
        return pages.PageOf(entry.Id) is { } page
            ? html.Append("<span class=\"contents-page\">").Append(page.ToString(CultureInfo.InvariantCulture)).Append("</span></a>")
            : html.Append("<span class=\"contents-page contents-page-unknown\">0</span></a>");
    }
}
