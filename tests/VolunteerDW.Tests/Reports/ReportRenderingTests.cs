using ClosedXML.Excel;
using VolunteerDW.Reports.Analysis;
using VolunteerDW.Reports.Documents;
using VolunteerDW.Reports.Output;
using VolunteerDW.Reports.SemiAnnual;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Tests.Reports;

public sealed class ReportRenderingTests
{
    private const string Hostile = "<script>alert('x')</script> **жирный** [ссылка](javascript:alert(1)) | # ` _ & ~";

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Submitted_text_with_script_and_markdown_control_characters_renders_inert(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine, FixedTime.At(2026, 8, 1));
        var builder = new ReturnBuilder("101000000", "2026Q2");
        builder.Practices[0] = builder.Practices[0] with { Title = Hostile, Text = Hostile };
        await harness.LoadOneAsync(builder.WriteTo(harness.Folder));
        var document = await new SemiAnnualBuilder(harness.Warehouse.Connections, harness.Time).DocumentAsync(HalfYear.Parse("2026H1"));

        var markdown = new ReportWriter(new TemplateSource()).Markdown(document, Language.Ru);
        var html = ReportWriter.Html(document, Language.Ru, markdown, ReportWriter.Charts(document, Language.Ru));

        Assert.Contains(@"\<script\>alert('x')\</script\> \*\*жирный\*\* \[ссылка\](javascript:alert(1)) \| \# \` \_ \& \~", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:alert(1)\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>жирный</strong>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; **жирный** [ссылка](javascript:alert(1)) | # ` _ &amp; ~", html, StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_template_in_the_override_folder_is_used_and_the_shipped_one_otherwise(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        File.WriteAllText(Path.Combine(warehouse.Folder, "semiannual.ru.scriban"),
            "## Изменённая формулировка министерства\n\nПолугодие: {{ half_label model.half_key }}; волонтеров: {{ num model.current.volunteers }}.\n");
        var document = await new SemiAnnualBuilder(warehouse.Connections, FixedTime.At(2026, 8, 1)).DocumentAsync(HalfYear.Parse("2026H1"));
        var writer = new ReportWriter(new TemplateSource(warehouse.Folder));

        Assert.Equal("## Изменённая формулировка министерства\n\nПолугодие: 1-е полугодие 2026 г.; волонтеров: —.\n", writer.Markdown(document, Language.Ru));
        Assert.StartsWith("## 1. Жалпы мәліметтер", writer.Markdown(document, Language.Kk), StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_template_that_does_not_parse_or_names_an_unknown_table_is_a_clear_error(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        File.WriteAllText(Path.Combine(warehouse.Folder, "semiannual.ru.scriban"), "{{ if }}");
        File.WriteAllText(Path.Combine(warehouse.Folder, "semiannual.kk.scriban"), "{{ table \"nonsense\" }}");
        var document = await new SemiAnnualBuilder(warehouse.Connections, FixedTime.At(2026, 8, 1)).DocumentAsync(HalfYear.Parse("2026H1"));
        var writer = new ReportWriter(new TemplateSource(warehouse.Folder));

        Assert.Contains("semiannual.ru.scriban", Assert.Throws<ReportTemplateException>(() => writer.Markdown(document, Language.Ru)).Message, StringComparison.Ordinal);
        Assert.Contains("has no table 'nonsense'", Assert.Throws<ReportTemplateException>(() => writer.Markdown(document, Language.Kk)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_name_that_is_a_path_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new TemplateSource("/tmp").Read("../../etc/passwd.scriban"));
    }

    public static TheoryData<Language, string> NoDataWording => new()
    {
        { Language.Kk, "бойынша есептер қоймаға жүктелмеген" },
        { Language.Ru, "в хранилище не загружены" },
    };

    [Theory, SqliteEngine(nameof(NoDataWording)), SqlServerEngine(nameof(NoDataWording))]
    public async Task A_half_with_no_data_says_so_plainly_with_no_figures_and_no_division_by_zero(Language language, string says, WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        var report = await new SemiAnnualBuilder(warehouse.Connections, FixedTime.At(2026, 8, 1)).BuildAsync(HalfYear.Parse("2026H1"));
        var document = await new SemiAnnualBuilder(warehouse.Connections, FixedTime.At(2026, 8, 1)).DocumentAsync(HalfYear.Parse("2026H1"));

        var markdown = new ReportWriter(new TemplateSource()).Markdown(document, language);

        Assert.False(report.HasData);
        Assert.Null(report.Current.Volunteers);
        Assert.Null(report.Current.PartnershipShare);
        Assert.All(report.Headlines, h => Assert.Null(h.ChangeFromPrevious));
        Assert.Contains(says, markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain($"| {Vocabulary.Measure.In(language)} |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain($"| {Vocabulary.Volunteers.In(language)} |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 440 | 0 | 0 | 0 | 440 |", markdown, StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_report_verb_writes_html_markdown_charts_and_an_annex_in_both_languages(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine, FixedTime.At(2026, 8, 1));
        await harness.LoadOneAsync(new ReturnBuilder("101000000", "2026Q2").WriteTo(harness.Folder));
        var output = Path.Combine(harness.Folder, "reports");

        var run = await CliRun.ExecuteAsync("report", "semiannual", "--half", "2026H1", "--out", output, "--connection", harness.Warehouse.Settings.ConnectionString);

        Assert.Equal(0, run.ExitCode);
        foreach (var file in new[] { "semiannual-2026H1.kk.html", "semiannual-2026H1.ru.html", "semiannual-2026H1.kk.md", "semiannual-2026H1.ru.md", "semiannual-2026H1.kk.xlsx", "semiannual-2026H1.ru.xlsx", "charts/trend_volunteers-ru.svg" })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        }

        Assert.Contains(Path.GetFullPath(Path.Combine(output, "semiannual-2026H1.ru.html")), run.Output, StringComparison.Ordinal);
        var html = File.ReadAllText(Path.Combine(output, "semiannual-2026H1.kk.html"));
        Assert.Contains("<html lang=\"kk\">", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        using var annex = new XLWorkbook(Path.Combine(output, "semiannual-2026H1.ru.xlsx"));
        Assert.Contains("Основные показатели", annex.Worksheets.Select(w => w.Name));
        Assert.Contains("Источники", annex.Worksheets.Select(w => w.Name));
        Assert.Equal("101000000", annex.Worksheet("Источники").Cell(annex.Worksheet("Источники").LastRowUsed().RowNumber(), 1).GetString());
        // The text sends the reader to the sources by the name the tab has.
        Assert.Contains("листе «Источники» приложения XLSX", File.ReadAllText(Path.Combine(output, "semiannual-2026H1.ru.md")), StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Report_options_that_are_wrong_are_one_clear_line(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);

        var half = await CliRun.ExecuteAsync("report", "semiannual", "--half", "2026H3", "--connection", warehouse.Settings.ConnectionString);
        var format = await CliRun.ExecuteAsync("report", "semiannual", "--format", "docx", "--out", warehouse.Folder, "--connection", warehouse.Settings.ConnectionString);
        var region = await CliRun.ExecuteAsync("report", "quarterly", "--quarter", "2026Q2", "--region", "101000000", "--connection", warehouse.Settings.ConnectionString);

        Assert.Equal((2, 2, 2), (half.ExitCode, format.ExitCode, region.ExitCode));
        Assert.Contains("is not a half-year", half.Error, StringComparison.Ordinal);
        Assert.Contains("Unknown format 'docx'", format.Error, StringComparison.Ordinal);
        Assert.Contains("101000000 is not a region", region.Error, StringComparison.Ordinal);
    }
}
