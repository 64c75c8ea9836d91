using System.Globalization;
using System.Text.RegularExpressions;
using VolunteerDW.Reports.Charts;
using VolunteerDW.Reports.Rendering;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Rendering;

public sealed class ChromiumPdfTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("vdw-pdf-test-");

    public void Dispose() => _folder.Delete(recursive: true);

    [ChromiumFact]
    public async Task A_report_page_with_a_chart_prints_to_a_pdf()
    {
        var label = new Label("Белсенді волонтерлер", "Активные волонтёры", "Active volunteers");
        var chart = new LineChart("volunteers", label, [label, label, label], [new ChartSeries(label, [1, null, 3])], label);
        var svg = SvgCharts.Line(chart, Language.Kk, value => value.ToString("N0", CultureInfo.InvariantCulture));
        var body = MarkdownHtml.Convert("## Ағымдағы жағдай\n\nМәтін.\n\n![Волонтерлер](charts/volunteers.svg)", new Dictionary<string, string> { ["volunteers"] = svg });
        var pdf = Path.Combine(_folder.FullName, "есеп 2026.pdf");

        // The limit is a safety net against a hung browser, not how long printing should take.
        var result = await ChromiumPdf.PrintAsync(pages => HtmlPage.Render(Language.Kk, new PageHeader("Есеп", "2026", "2026-07-20"), body, pages), pdf, TimeSpan.FromMinutes(10));

        Assert.True(result.Produced, result.Message);
        Assert.Equal("%PDF"u8.ToArray(), (await File.ReadAllBytesAsync(pdf))[..4]);
    }

    [ChromiumFact]
    public async Task Every_printed_page_is_numbered_with_its_place_and_the_page_count()
    {
        var sections = string.Join("\n\n", Enumerable.Range(1, 4).Select(n => $"## Бөлім {n}\n\n{string.Join(" ", Enumerable.Repeat("Волонтерлік қызмет туралы мәтін.", 40))}"));
        var pdf = Path.Combine(_folder.FullName, "report.pdf");

        var result = await PrintAsync(sections, pdf);

        Assert.True(result.Produced, result.Message);
        var pages = int.Parse(Regex.Match(await PopplerAsync("pdfinfo", pdf), @"Pages:\s+(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(pages >= 4, $"{pages} page(s): each section starts a page.");
        for (var page = 1; page <= pages; page++)
        {
            var text = await PopplerAsync("pdftotext", "-f", page.ToString(CultureInfo.InvariantCulture), "-l", page.ToString(CultureInfo.InvariantCulture), "-layout", pdf, "-");
            // pdftotext closes up the spaces around the slash.
            Assert.Matches($@"(?<!\d){page}\s*/\s*{pages}(?!\d)", text);
        }
    }

    [ChromiumFact]
    public async Task The_Kazakh_report_prints_in_the_shipped_typeface_alone_every_letter_embedded()
    {
        var markdown = "## Өңірлердегі волонтерлік қызмет\n\nӘ ә Ғ ғ Қ қ Ң ң Ө ө Ұ ұ Ү ү Һ һ І і — *бұл көлбеу* және **бұл қалың**, № 5, 1 200 ₸, −3,0%.\n\n"
            + "| Өңір | Волонтерлер |\n|---|---:|\n| Шығыс Қазақстан облысы | 1 234 |";
        var pdf = Path.Combine(_folder.FullName, "kk.pdf");
        var header = new PageHeader("Жартыжылдық ақпарат", "2026 жылғы 1-жартыжылдық", "2026 жылғы 20 шілде");
        var content = MarkdownHtml.Convert(markdown, new Dictionary<string, string>());

        var result = await ChromiumPdf.PrintAsync(pages => HtmlPage.Render(Language.Kk, header, content, pages), pdf, TimeSpan.FromMinutes(10));

        Assert.True(result.Produced, result.Message);
        // pdffonts: two header lines, then one line per font: "ABCDEF+DejaVuSans-Bold  CID TrueType ...  emb sub uni ...".
        var fonts = (await PopplerAsync("pdffonts", pdf)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, font => Assert.Matches(@"^[A-Z]{6}\+DejaVuSans(-|\s)", font));
        Assert.Contains(fonts, font => font.Contains("DejaVuSans-Bold", StringComparison.Ordinal));
        Assert.Contains(fonts, font => font.Contains("DejaVuSans-Oblique", StringComparison.Ordinal));
    }

    [ChromiumFact]
    public async Task A_table_of_more_columns_than_portrait_A4_holds_prints_on_a_landscape_page_of_its_own()
    {
        static string Table(int columns) =>
            $"| {string.Join(" | ", Enumerable.Range(1, columns).Select(c => $"Бағана {c}"))} |\n|{string.Concat(Enumerable.Repeat("---:|", columns))}\n"
            + $"| {string.Join(" | ", Enumerable.Range(1, columns).Select(c => (c * 1000).ToString(CultureInfo.InvariantCulture)))} |";
        var markdown = $"## Кесте\n\nМәтін.\n\n{Table(MarkdownTable.PortraitColumns)}\n\nМәтін.\n\n{Table(MarkdownTable.PortraitColumns + 1)}\n\nСоңғы мәтін.";
        var pdf = Path.Combine(_folder.FullName, "tables.pdf");

        var result = await PrintAsync(markdown, pdf);

        Assert.True(result.Produced, result.Message);
        // pdfinfo -f 1 -l N: "Page    2 size: 841.92 x 594.96 pts (A4)" for each page.
        var sizes = Regex.Matches(await PopplerAsync("pdfinfo", "-f", "1", "-l", "99", pdf), @"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts")
            .Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) > double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) ? "landscape" : "portrait")
            .ToList();
        var pages = await Task.WhenAll(Enumerable.Range(1, sizes.Count).Select(page =>
            PopplerAsync("pdftotext", "-f", page.ToString(CultureInfo.InvariantCulture), "-l", page.ToString(CultureInfo.InvariantCulture), "-layout", pdf, "-")));
        var wide = Array.FindIndex(pages, text => text.Contains("Бағана 7", StringComparison.Ordinal));
        var narrow = Array.FindIndex(pages, text => text.Contains("Бағана 6", StringComparison.Ordinal) && !text.Contains("Бағана 7", StringComparison.Ordinal));
        Assert.Equal("landscape", sizes[wide]);
        Assert.Equal("portrait", sizes[narrow]);
        Assert.Equal("portrait", sizes[^1]);
        Assert.Contains("Соңғы мәтін", pages[^1], StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task The_contents_of_the_pdf_gives_the_page_each_section_printed_on_and_the_numbers_move_nothing()
    {
        var content = MarkdownHtml.Convert(SectionsOfEveryLength(), new Dictionary<string, string>());
        var header = new PageHeader("Есеп", "2026", "2026-07-20");
        var numbered = Path.Combine(_folder.FullName, "numbered.pdf");
        var unnumbered = Path.Combine(_folder.FullName, "unnumbered.pdf");

        var result = await ChromiumPdf.PrintAsync(pages => HtmlPage.Render(Language.Kk, header, content, pages), numbered, TimeSpan.FromMinutes(10));
        // The first print as it is, the numbers' places kept blank, to compare the layout with.
        var first = await ChromiumPdf.PrintAsync(_ => HtmlPage.Render(Language.Kk, header, content, PrintedPages.Reserved), unnumbered, TimeSpan.FromMinutes(10));

        Assert.True(result.Produced, result.Message);
        Assert.True(result.Message == $"PDF written: {numbered}", result.Message);
        Assert.True(first.Produced, first.Message);
        var pages = await PageTextsAsync(numbered);
        var firstPages = await PageTextsAsync(unnumbered);
        Assert.Equal(firstPages.Count, pages.Count);
        // Past eight pages Chromium nests its page tree; past nine the numbers take two digits.
        Assert.True(pages.Count > 10, $"{pages.Count} pages");
        Assert.Equal(12, content.Contents.Count);
        foreach (var entry in content.Contents)
        {
            var listed = Regex.Match(pages[0], $@"^\s*{Regex.Escape(entry.Text)}\s+(?<page>\d+)\s*$", RegexOptions.Multiline);
            Assert.True(listed.Success, $"The contents gives no page for '{entry.Text}':\n{pages[0]}");
            Assert.Equal(PageOfHeading(pages, entry.Text), int.Parse(listed.Groups["page"].Value, CultureInfo.InvariantCulture));
            Assert.Equal(PageOfHeading(firstPages, entry.Text), PageOfHeading(pages, entry.Text));
        }

        // The places kept in the first print are blank: no entry there is followed by a number.
        Assert.DoesNotMatch(new Regex(@"Бөлім [\d.]+\s+\d+\s*$", RegexOptions.Multiline), firstPages[0]);
    }

    [ChromiumFact]
    public async Task A_page_whose_headings_cannot_be_found_in_the_first_print_prints_once_without_page_numbers_and_says_why()
    {
        var pdf = Path.Combine(_folder.FullName, "no-targets.pdf");
        var asked = new List<PrintedPages>();

        // A page with no link targets: the first PDF names no destinations to find headings by.
        var result = await ChromiumPdf.PrintAsync(
            pages =>
            {
                asked.Add(pages);
                return "<!DOCTYPE html>\n<html lang=\"kk\"><head><meta charset=\"utf-8\"></head><body><p>Мәтін.</p></body></html>\n";
            },
            pdf,
            TimeSpan.FromMinutes(10));

        Assert.True(result.Produced, result.Message);
        Assert.Equal($"PDF written: {pdf}; the contents list has no page numbers: the first print has no link targets to number.", result.Message);
        Assert.Equal([PrintedPages.Reserved], asked);
        Assert.Equal("%PDF"u8.ToArray(), (await File.ReadAllBytesAsync(pdf))[..4]);
    }

    /// <summary>
    /// Sections of one paragraph to several pages, subsections within a page and across pages, a
    /// landscape table: twelve contents entries over more than ten pages.
    /// </summary>
    private static string SectionsOfEveryLength()
    {
        var paragraph = string.Join(" ", Enumerable.Repeat("Волонтерлік қызмет туралы мәтін.", 40));
        string Paragraphs(int count) => string.Join("\n\n", Enumerable.Repeat(paragraph, count));
        var wide = $"| {string.Join(" | ", Enumerable.Range(1, 8).Select(c => $"Бағана {c}"))} |\n|{string.Concat(Enumerable.Repeat("---:|", 8))}\n| {string.Join(" | ", Enumerable.Range(1, 8))} |";
        string[] sections =
        [
            $"## Бөлім 1\n\n{Paragraphs(1)}",
            $"## Бөлім 2\n\n{Paragraphs(9)}",
            $"## Бөлім 3\n\n{Paragraphs(1)}\n\n### Бөлім 3.1\n\n{Paragraphs(4)}\n\n### Бөлім 3.2\n\n{Paragraphs(5)}\n\n### Бөлім 3.3\n\n{Paragraphs(1)}",
            $"## Бөлім 4\n\n{Paragraphs(2)}\n\n{wide}\n\n{Paragraphs(1)}",
            $"## Бөлім 5\n\n{Paragraphs(6)}",
            $"## Бөлім 6\n\n{Paragraphs(1)}",
            $"## Бөлім 7\n\n{Paragraphs(3)}",
            $"## Бөлім 8\n\n{Paragraphs(1)}",
            $"## Бөлім 9\n\n{Paragraphs(1)}",
        ];
        return string.Join("\n\n", sections);
    }

    /// <summary>The page, counted from 1, on which a heading's text stands on a line of its own after the contents page.</summary>
    private static int PageOfHeading(List<string> pages, string heading)
    {
        var index = pages.FindIndex(1, text => Regex.IsMatch(text, $@"^\s*{Regex.Escape(heading)}\s*$", RegexOptions.Multiline));
        Assert.True(index > 0, $"'{heading}' is on no page after the contents.");
        return index + 1;
    }

    /// <summary>The text of every page as pdftotext lays it out; it ends each page with a form feed.</summary>
    private static async Task<List<string>> PageTextsAsync(string pdf) =>
        [.. (await PopplerAsync("pdftotext", "-layout", pdf, "-")).Split('\f').SkipLast(1)];

    /// <summary>The report page of the Markdown, printed as the product prints it.</summary>
    private static Task<PdfResult> PrintAsync(string markdown, string pdf)
    {
        var content = MarkdownHtml.Convert(markdown, new Dictionary<string, string>());
        return ChromiumPdf.PrintAsync(pages => HtmlPage.Render(Language.Kk, new PageHeader("Есеп", "2026", "2026-07-20"), content, pages), pdf, TimeSpan.FromMinutes(10));
    }

    // poppler-utils reads the PDF as another program would.
    private static Task<string> PopplerAsync(string tool, params string[] arguments) =>
        ExternalProgram.RunAsync(tool, arguments, "install poppler-utils (apt-get install -y poppler-utils)");
}
