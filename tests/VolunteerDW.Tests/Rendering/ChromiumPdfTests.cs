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
}
