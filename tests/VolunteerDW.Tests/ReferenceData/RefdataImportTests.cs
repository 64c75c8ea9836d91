using VolunteerDW.Etl.Loading;
using VolunteerDW.Reports.Quarterly;
using VolunteerDW.Reports.SemiAnnual;
using VolunteerDW.Tests.Reports;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Tests.ReferenceData;

/// <summary><c>vdw refdata import</c>: newer figures change the next report, a wrong row changes nothing.</summary>
public sealed class RefdataImportTests
{
    private const string AlmatyCity = "750000000", Almaly = "751110000";

    private static readonly HalfYear Half = HalfYear.Parse("2026H1");

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Imported_population_and_wages_change_the_reports_rates_and_value_without_a_rebuild(WarehouseEngine engine)
    {
        await using var harness = await AlmatyCityAsync(engine);
        var before = await ReportAsync(harness);
        var volunteers = before.Regions.Single(r => r.Kato == AlmatyCity).Figures.Volunteers!.Value;
        var hours = before.Work.Hours!.Value;
        Assert.Equal((2_347_924L, new DateOnly(2026, 1, 1)), Population(before));
        Assert.Equal(volunteers * 10000.0 / 2_347_924, before.Regions.Single(r => r.Kato == AlmatyCity).VolunteersPer10000!.Value, 9);
        Assert.Null((await AlmalyAsync(harness)).VolunteersPer10000);

        var population = Write(harness, "population-2026.csv", "kato_code,as_of,population,source\n"
            + $"{AlmatyCity},2026-04-01,2500000,\"Almaty statistics department, as of 2026-04-01\"\n"
            + $"{Almaly},2026-04-01,400000,\"Almaty statistics department, as of 2026-04-01\"\n");
        var wages = Write(harness, "wages-2026.csv", "measure,period,value_kzt,source\naverage_monthly_nominal_wage,2026Q1,500000,\"BNS, Q1 2026\"\n");
        var run = await CliRun.ExecuteAsync(["refdata", "import", population, wages, .. harness.Warehouse.CliOptions]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("population-2026.csv: 2 added, 0 replaced, 0 unchanged.", run.Output, StringComparison.Ordinal);
        var after = await ReportAsync(harness);
        Assert.Equal((2_500_000L, new DateOnly(2026, 4, 1)), Population(after));
        Assert.Equal(volunteers * 10000.0 / 2_500_000, after.Regions.Single(r => r.Kato == AlmatyCity).VolunteersPer10000!.Value, 9);
        Assert.Equal(hours * 500_000 * 3.0 / 520, after.Work.ReplacementValueKzt!.Value, 3);
        Assert.Equal(20261, Assert.Single(after.Valuation.Wages).PeriodQuarterKey);
        // The district's own figure gives it a rate in its region's quarterly report.
        var almaly = await AlmalyAsync(harness);
        Assert.Equal(almaly.Volunteers!.Value * 10000.0 / 400_000, almaly.VolunteersPer10000!.Value, 9);

        // A corrected release of the same figure replaces it; the same file again changes nothing.
        var corrected = Write(harness, "population-2026-corrected.csv", "kato_code,as_of,population,source\n"
            + $"{AlmatyCity},2026-04-01,2510000,\"Almaty statistics department, as of 2026-04-01, corrected\"\n");
        Assert.Contains("population-2026.csv: 0 added, 0 replaced, 2 unchanged.", (await CliRun.ExecuteAsync(["refdata", "import", population, .. harness.Warehouse.CliOptions])).Output, StringComparison.Ordinal);
        Assert.Contains("0 added, 1 replaced, 0 unchanged", (await CliRun.ExecuteAsync(["refdata", "import", corrected, .. harness.Warehouse.CliOptions])).Output, StringComparison.Ordinal);
        Assert.Equal((2_510_000L, new DateOnly(2026, 4, 1)), Population(await ReportAsync(harness)));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_wrong_row_in_any_file_is_named_by_line_and_column_and_nothing_is_imported(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        const string Totals = "SELECT (SELECT COUNT(*) FROM ref_population) * 1000000000000 + (SELECT SUM(CAST(population AS BIGINT)) FROM ref_population) + (SELECT SUM(CAST(value_kzt AS BIGINT)) FROM ref_wage)";
        var held = await harness.ScalarAsync<long>(Totals);
        var good = Write(harness, "wages.csv", "measure,period,value_kzt,source\naverage_monthly_nominal_wage,2026Q1,500000,BNS\n");
        var bad = Write(harness, "population.csv", "kato_code,as_of,population,source\n"
            + $"{AlmatyCity},2026-04-01,2500000,\"a source\nover two lines\"\n"
            + "100000000,2026-04-01,600 000,BNS\n"
            + "999999999,2026-04-01,1000,BNS\n");

        var run = await CliRun.ExecuteAsync(["refdata", "import", good, bad, .. harness.Warehouse.CliOptions]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("population.csv line 4, column population: '600 000' is not a whole number above 0", run.Error, StringComparison.Ordinal);
        Assert.Contains("population.csv line 5, column kato_code: 999999999 is not a unit the warehouse knows", run.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", run.Error, StringComparison.Ordinal);
        Assert.Equal(held, await harness.ScalarAsync<long>(Totals));
    }

    private static (long, DateOnly) Population(SemiAnnualReport report)
    {
        var region = report.Regions.Single(r => r.Kato == AlmatyCity);
        return (region.Population!.Value, region.PopulationAsOf!.Value);
    }

    private static async Task<UnitLine> AlmalyAsync(LoadHarness harness)
    {
        var document = await new QuarterlyBuilder(harness.Warehouse.Connections, ReportDataset.Generated).DocumentAsync(Quarter.Parse("2026Q2"), AlmatyCity);
        return ((QuarterlyReport)document.Model).Units.Single(u => u.Kato == Almaly);
    }

    private static Task<SemiAnnualReport> ReportAsync(LoadHarness harness) =>
        new SemiAnnualBuilder(harness.Warehouse.Connections, ReportDataset.Generated).BuildAsync(Half);

    private static string Write(LoadHarness harness, string name, string text)
    {
        var path = Path.Combine(harness.Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    // Almaty city and its district, both quarters of the half, from the report dataset's returns.
    private static async Task<LoadHarness> AlmatyCityAsync(WarehouseEngine engine)
    {
        var harness = await LoadHarness.CreateAsync(engine, ReportDataset.Generated);
        foreach (var quarter in Half.Quarters)
        {
            var returns = ReportDataset.Returns(quarter).Where(r => r.Header.UnitKato is AlmatyCity or Almaly).ToList();
            var region = returns.Single(r => r.IsRegion);
            region.Consolidated = ReturnBuilder.ConsolidationOf(returns);
            var folder = Directory.CreateDirectory(Path.Combine(harness.Folder, quarter.ToString())).FullName;
            var report = await harness.LoadAsync(new LoadOptions(), [.. returns.Select(r => r.WriteTo(folder))]);
            Assert.True(report.AllAccepted);
        }

        return harness;
    }
}
