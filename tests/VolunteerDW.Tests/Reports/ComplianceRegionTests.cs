using VolunteerDW.Reports.Analysis;
using VolunteerDW.Reports.Compliance;
using VolunteerDW.Reports.Documents;
using VolunteerDW.Reports.Output;
using VolunteerDW.Reports.SemiAnnual;
using VolunteerDW.Reports.Tables;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Tests.Reports;

/// <summary>A region's compliance report: its own return and its districts', cut from the same data as the national one.</summary>
[Collection(SharedReportDataset.Name)]
public sealed class ComplianceRegionTests(ReportDataset dataset)
{
    private static readonly Quarter Quarter = Quarter.Parse("2026Q2");

    private static readonly ReportWriter Writer = new(new TemplateSource());

    private async Task<ComplianceBuilder> BuilderAsync(WarehouseEngine engine) => new((await dataset.OnAsync(engine)).Warehouse.Connections, ReportDataset.Generated);

    public static TheoryData<string> Regions => new()
    {
        "100000000",
        "750000000",
    };

    [Theory, SqliteEngine(nameof(Regions)), SqlServerEngine(nameof(Regions))]
    public async Task A_regions_totals_are_its_line_of_the_national_report_and_it_lists_only_that_region(string kato, WarehouseEngine engine)
    {
        var builder = await BuilderAsync(engine);
        var national = await builder.DocumentAsync(Quarter, regionKato: null);
        var line = Model(national).Regions.Single(r => r.Kato == kato);

        var regional = await builder.DocumentAsync(Quarter, kato);

        var model = Model(regional);
        Assert.Equal(kato, model.RegionKato);
        Assert.Equal(line.Name, model.RegionName);
        Assert.Equal(kato, Assert.Single(model.Regions).Kato);
        Assert.Equal((line.Counts.Districts, line.Counts.Region), (model.Total.Districts, model.Total.Region));
        Assert.Equal(1, model.Total.Region.Expected);
        Assert.True(model.Total.Districts.Expected < Model(national).Total.Districts.Expected);
        Assert.Equal(Rows(national, "compliance", line.Name), Rows(regional, "compliance"));
        Assert.Equal(Rows(national, "missing_or_late", line.Name), Rows(regional, "missing_or_late"));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_regions_name_and_period_name_the_region_in_kazakh_and_russian(WarehouseEngine engine)
    {
        var builder = await BuilderAsync(engine);
        var national = await builder.DocumentAsync(Quarter, regionKato: null);

        var regional = await builder.DocumentAsync(Quarter, "100000000");

        var name = Model(national).Regions.Single(r => r.Kato == "100000000").Name;
        Assert.Equal(("compliance-2026Q2", "compliance-2026Q2-100000000"), (national.Name, regional.Name));
        Assert.Equal(SemiAnnualRegionTables.QuarterLabel(Quarter), national.Info.Period);
        Assert.Equal($"{name.Kk}, {national.Info.Period.Kk}", regional.Info.Period.Kk);
        Assert.Equal($"{name.Ru}, {national.Info.Period.Ru}", regional.Info.Period.Ru);
        Assert.Equal("Абай облысы, 2026 жылғы 2-тоқсан", regional.Info.Period.Kk);
        Assert.Equal("область Абай, 2-й квартал 2026 г.", regional.Info.Period.Ru);
    }

    public static TheoryData<string, string> RegionUnits => new()
    {
        { "100000000", "100000000,101000000" },
        { "750000000", "750000000,751110000" },
    };

    [Theory, SqliteEngine(nameof(RegionUnits)), SqlServerEngine(nameof(RegionUnits))]
    public async Task A_regions_sources_are_only_its_own_units_returns(string kato, string units, WarehouseEngine engine)
    {
        var builder = await BuilderAsync(engine);
        var national = await builder.DocumentAsync(Quarter, regionKato: null);

        var regional = await builder.DocumentAsync(Quarter, kato);

        Assert.Equal(units.Split(','), regional.Sources.Select(s => s.UnitKato).Order(StringComparer.Ordinal));
        Assert.Equal(national.Sources.Where(s => units.Split(',').Contains(s.UnitKato)), regional.Sources);
        Assert.Equal(4, national.Sources.Count);
    }

    public static TheoryData<Language, string, string> OwnReturnWording => new()
    {
        { Language.Kk, "- Облыстың есебі мерзімінде алынды: 2026 жылғы ", "- Облыстардың есептері:" },
        { Language.Ru, "- Отчет области получен ", "- Отчеты областей:" },
    };

    [Theory, SqliteEngine(nameof(OwnReturnWording)), SqlServerEngine(nameof(OwnReturnWording))]
    public async Task A_regions_report_speaks_of_its_own_return_not_of_the_regions_returns(Language language, string own, string regions, WarehouseEngine engine)
    {
        var builder = await BuilderAsync(engine);
        var national = Writer.Markdown(await builder.DocumentAsync(Quarter, regionKato: null), language);

        var regional = Writer.Markdown(await builder.DocumentAsync(Quarter, "100000000"), language);

        Assert.Contains(regions, national, StringComparison.Ordinal);
        Assert.DoesNotContain(regions, regional, StringComparison.Ordinal);
        Assert.Contains(own, regional, StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Every_regions_document_comes_at_once_and_reads_as_that_region_asked_for_alone(WarehouseEngine engine)
    {
        var builder = await BuilderAsync(engine);
        var national = Model(await builder.DocumentAsync(Quarter, regionKato: null));

        var documents = await builder.RegionDocumentsAsync(Quarter);

        Assert.Equal(national.Regions.Select(r => $"compliance-2026Q2-{r.Kato}"), documents.Select(d => d.Name));
        Assert.Equal(documents.Count, documents.Select(d => d.Name).Distinct(StringComparer.Ordinal).Count());
        foreach (var document in documents)
        {
            var alone = await builder.DocumentAsync(Quarter, Model(document).RegionKato);
            Assert.Equal(alone.Info, document.Info);
            Assert.Equal(alone.Sources, document.Sources);
            Assert.Equal(Writer.Markdown(alone, Language.Kk), Writer.Markdown(document, Language.Kk));
            Assert.Equal(Writer.Markdown(alone, Language.Ru), Writer.Markdown(document, Language.Ru));
        }
    }

    public static TheoryData<string> NotRegions => new()
    {
        "101000000",
        "999999999",
    };

    [Theory, SqliteEngine(nameof(NotRegions)), SqlServerEngine(nameof(NotRegions))]
    public async Task A_code_that_is_not_a_region_is_refused_with_the_code_in_the_message(string kato, WarehouseEngine engine)
    {
        var builder = await BuilderAsync(engine);
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => builder.DocumentAsync(Quarter, kato));

        Assert.Equal("regionKato", refused.ParamName);
        Assert.StartsWith($"{kato} is not a region (oblys, city of republican significance or the capital) at the end of 2026Q2.", refused.Message, StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_report_verb_writes_a_regions_compliance_report_under_its_own_name(WarehouseEngine engine)
    {
        var harness = await dataset.OnAsync(engine);
        var output = Path.Combine(harness.Folder, "compliance-region");

        var run = await CliRun.ExecuteAsync(["report", "compliance", "--quarter", "2026Q2", "--region", "100000000", "--out", output, .. harness.Warehouse.CliOptions]);

        Assert.Equal(0, run.ExitCode);
        foreach (var file in new[] { "kk.html", "ru.html", "kk.md", "ru.md", "kk.xlsx", "ru.xlsx" })
        {
            Assert.True(File.Exists(Path.Combine(output, $"compliance-2026Q2-100000000.{file}")), file);
        }

        Assert.Contains("область Абай, 2-й квартал 2026 г.", File.ReadAllText(Path.Combine(output, "compliance-2026Q2-100000000.ru.html")), StringComparison.Ordinal);
        Assert.Contains("Абай облысы, 2026 жылғы 2-тоқсан", File.ReadAllText(Path.Combine(output, "compliance-2026Q2-100000000.kk.md")), StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_report_verb_refuses_a_code_that_is_not_a_region_in_one_line(WarehouseEngine engine)
    {
        var harness = await dataset.OnAsync(engine);
        var run = await CliRun.ExecuteAsync(["report", "compliance", "--quarter", "2026Q2", "--region", "101000000", .. harness.Warehouse.CliOptions]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("vdw: 101000000 is not a region (oblys, city of republican significance or the capital) at the end of 2026Q2.", run.Error.TrimEnd());
        Assert.Empty(run.Output);
    }

    [Fact]
    public void A_regions_own_return_missing_counts_as_flagged_when_all_its_districts_were_on_time()
    {
        var abai = new Label("Абай облысы", "область Абай", "Abai region");
        var counts = new ComplianceLine("100000000", abai, new TierCounts(1, 1, 1, 0, 0, 0), new TierCounts(1, 0, 0, 0, 1, 0));
        var report = new ComplianceReport
        {
            Info = new ReportInfo(ComplianceBuilder.Title, SemiAnnualRegionTables.QuarterLabel(Quarter), ReportDataset.Generated.Now, null),
            QuarterKey = Quarter.Key,
            RegionKato = "100000000",
            RegionName = abai,
            Tier1Deadline = new DateOnly(2026, 7, 5),
            Tier2Deadline = new DateOnly(2026, 7, 10),
            AsOf = new DateOnly(2026, 8, 1),
            Regions = [new ComplianceRegion("100000000", abai, new UnitStatus("100000000", abai, 2, TimelinessStatuses.Missing, null, null), counts, [], [])],
            Total = counts,
            Tables = new Dictionary<string, ReportTable>(),
        };

        Assert.Equal(1, report.Flagged);
    }

    private static ComplianceReport Model(ReportDocument document) => Assert.IsType<ComplianceReport>(document.Model);

    private static IReadOnlyList<IReadOnlyList<object?>> Rows(ReportDocument document, string table, Label? region = null) =>
        [.. document.Tables[table].Rows.Where(r => region is null || Equals(r[0], region))];
}
