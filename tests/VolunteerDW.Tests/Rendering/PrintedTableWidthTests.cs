using VolunteerDW.Reports.Documents;
using VolunteerDW.Reports.Languages;
using VolunteerDW.Reports.Output;
using VolunteerDW.Reports.Rendering;
using VolunteerDW.Reports.SemiAnnual;
using VolunteerDW.Tests.Reports;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Tests.Rendering;

/// <summary>
/// No table of the printed report is wider than the text block of the A4 page it prints on:
/// measured in Chromium with print media (<see cref="PrintedTables"/>), portrait tables on the
/// portrait text block, tables of more than <see cref="MarkdownTable.PortraitColumns"/> columns on
/// the landscape one.
/// </summary>
[Collection(SharedReportDataset.Name)]
public sealed class PrintedTableWidthTests(ReportDataset dataset)
{
    public static TheoryData<Language> Languages => [Language.Kk, Language.Ru];

    [ChromiumTheory, SqliteEngine(nameof(Languages))]
    public async Task Every_table_of_the_semiannual_report_fits_the_text_block_of_its_page(Language language, WarehouseEngine engine)
    {
        var harness = await dataset.OnAsync(engine);
        var document = await new SemiAnnualBuilder(harness.Warehouse.Connections, ReportDataset.Generated).DocumentAsync(HalfYear.Parse("2026H1"));
        var markdown = new ReportWriter(new TemplateSource()).Markdown(document, language);
        var html = ReportWriter.Html(document, language, markdown, ReportWriter.Charts(document, language));

        var tables = await PrintedTables.MeasureAsync(html);

        // Both kinds of page are measured, so neither check passes for want of a table.
        Assert.Contains(tables, t => t.Page == "" && t.Columns <= MarkdownTable.PortraitColumns);
        Assert.Contains(tables, t => t.Page == "wide" && t.Columns > MarkdownTable.PortraitColumns);
        Assert.All(tables, t => Assert.Equal(t.Columns > MarkdownTable.PortraitColumns ? "wide" : "", t.Page));
        Assert.True(tables.All(t => t.Fits), string.Join("\n", tables.Where(t => !t.Fits)));
    }

    [ChromiumFact]
    public async Task A_table_of_long_unbreakable_figures_is_measured_wider_than_its_page()
    {
        // Numbers do not wrap (NumberText groups digits with a no-break space), nor do words: both
        // tables are too wide for their pages, and the measurement must say so, or the check above
        // proves nothing.
        static string Table(int columns, string cell) =>
            $"| {string.Join(" | ", Enumerable.Range(1, columns).Select(c => $"Бағана {c}"))} |\n|{string.Concat(Enumerable.Repeat("---:|", columns))}\n"
            + $"| {string.Join(" | ", Enumerable.Repeat(cell, columns))} |";
        var markdown = $"## Кесте\n\n{Table(MarkdownTable.PortraitColumns, NumberText.WithDecimals(1_234_567_890_123_456m, 0, Language.Kk))}\n\n"
            + $"{Table(MarkdownTable.PortraitColumns + 1, "Волонтерлердіңқатысуыменөткізілгеніс-шаралар")}";
        var html = HtmlPage.Render(Language.Kk, new PageHeader("Есеп", "2026", "2026-07-20"), MarkdownHtml.Convert(markdown, new Dictionary<string, string>()));

        var tables = await PrintedTables.MeasureAsync(html);

        Assert.Collection(
            tables,
            portrait => Assert.True(portrait.Page == "" && portrait.Width > portrait.TextBlock, portrait.ToString()),
            landscape => Assert.True(landscape.Page == "wide" && landscape.Width > landscape.TextBlock, landscape.ToString()));
        Assert.True(tables[1].TextBlock > tables[0].TextBlock * 1.4, $"{tables[1]} is not landscape beside {tables[0]}");
    }
}
