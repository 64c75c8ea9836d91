using System.Globalization;
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
        var html = Path.Combine(_folder.FullName, "есеп 2026.html");
        var pdf = Path.Combine(_folder.FullName, "есеп 2026.pdf");
        await File.WriteAllTextAsync(html, HtmlPage.Render(Language.Kk, new PageHeader("Есеп", "2026", "2026-07-20"), body));

        // The limit is a safety net against a hung browser, not how long printing should take.
        var result = await ChromiumPdf.PrintAsync(html, pdf, TimeSpan.FromMinutes(10));

        Assert.True(result.Produced, result.Message);
        Assert.Equal("%PDF"u8.ToArray(), (await File.ReadAllBytesAsync(pdf))[..4]);
    }

    [ChromiumFact]
    public async Task Every_printed_page_is_numbered_with_its_place_and_the_page_count()
    {
        var sections = string.Join("\n\n", Enumerable.Range(1, 4).Select(n => $"## Бөлім {n}\n\n{string.Join(" ", Enumerable.Repeat("Волонтерлік қызмет туралы мәтін.", 40))}"));
        var html = Path.Combine(_folder.FullName, "report.html");
        var pdf = Path.Combine(_folder.FullName, "report.pdf");
        await File.WriteAllTextAsync(html, HtmlPage.Render(Language.Kk, new PageHeader("Есеп", "2026", "2026-07-20"), MarkdownHtml.Convert(sections, new Dictionary<string, string>())));

        var result = await ChromiumPdf.PrintAsync(html, pdf, TimeSpan.FromMinutes(10));

        Assert.True(result.Produced, result.Message);
        var pages = int.Parse(System.Text.RegularExpressions.Regex.Match(await PopplerAsync("pdfinfo", pdf), @"Pages:\s+(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
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
        var html = Path.Combine(_folder.FullName, "kk.html");
        var pdf = Path.Combine(_folder.FullName, "kk.pdf");
        await File.WriteAllTextAsync(html, HtmlPage.Render(Language.Kk, new PageHeader("Жартыжылдық ақпарат", "2026 жылғы 1-жартыжылдық", "2026 жылғы 20 шілде"), MarkdownHtml.Convert(markdown, new Dictionary<string, string>())));

        var result = await ChromiumPdf.PrintAsync(html, pdf, TimeSpan.FromMinutes(10));

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
        var html = Path.Combine(_folder.FullName, "tables.html");
        var pdf = Path.Combine(_folder.FullName, "tables.pdf");
        await File.WriteAllTextAsync(html, HtmlPage.Render(Language.Kk, new PageHeader("Есеп", "2026", "2026-07-20"), MarkdownHtml.Convert(markdown, new Dictionary<string, string>())));

        var result = await ChromiumPdf.PrintAsync(html, pdf, TimeSpan.FromMinutes(10));

        Assert.True(result.Produced, result.Message);
        // pdfinfo -f 1 -l N: "Page    2 size: 841.92 x 594.96 pts (A4)" for each page.
        var sizes = System.Text.RegularExpressions.Regex.Matches(await PopplerAsync("pdfinfo", "-f", "1", "-l", "99", pdf), @"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts")
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

    // poppler-utils reads the PDF as another program would.
    private static Task<string> PopplerAsync(string tool, params string[] arguments) =>
        ExternalProgram.RunAsync(tool, arguments, "install poppler-utils (apt-get install -y poppler-utils)");
}
