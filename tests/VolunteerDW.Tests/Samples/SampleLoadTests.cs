using Dapper;
using VolunteerDW.Etl.Checking;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Etl.Quality;
using VolunteerDW.Host.Samples;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Checks;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;

namespace VolunteerDW.Tests.Samples;

/// <summary>
/// The sample data loads whole, and what the generator planted (its manifest) is what the loader
/// and the quarter check find: missing and late units, reconciliation mismatches with both numbers,
/// corrections as second versions, jumps and programme dates outside the quarter.
/// </summary>
[Collection(SharedSampleRun.Name)]
public sealed class SampleLoadTests(SampleRun run)
{
    internal QuarterManifest Planted => run.Manifest.Quarters.Single(q => q.Quarter == SampleRun.Second.ToString());

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Every_sample_return_loads_and_the_warehouse_passes_its_data_tests(WarehouseEngine engine)
    {
        var (warehouse, report, _) = await LoadedAsync(engine);
        Assert.True(report.AllAccepted, string.Join("\n", report.Results.Where(r => r.Outcome == LoadOutcome.Rejected).Select(r => r.Name)));
        Assert.Equal(run.Manifest.Quarters.Sum(q => q.Returns), report.Results.Count);
        Assert.All(await new DataTestRunner(warehouse.Connections).RunAsync(), r => Assert.True(r.Passed, r.Test.Name));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_planted_missing_units_are_exactly_the_missing_ones(WarehouseEngine engine)
    {
        var (_, _, check) = await LoadedAsync(engine);
        Assert.Equal(Planted.MissingUnits.Order(), check.Timeliness.Where(t => t.Status == TimelinessStatuses.Missing).Select(t => t.UnitKato).Order());
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_planted_late_districts_and_regions_are_late_by_their_own_dates(WarehouseEngine engine)
    {
        var (_, _, check) = await LoadedAsync(engine);
        var late = check.Timeliness.Where(t => t.Status == TimelinessStatuses.Late).ToDictionary(t => t.UnitKato);

        Assert.All(Planted.LateDistricts, d => Assert.Equal(DateKeys.Of(d.SubmittedOn), late[d.Kato].AcceptedDateKey));
        Assert.All(Planted.LateRegions, r => Assert.Equal(2, late[r.Kato].Tier));
        Assert.Equal(Planted.LateDistricts.Count + Planted.LateRegions.Count, late.Count);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Each_planted_mismatch_is_a_finding_with_the_claimed_number_and_the_true_sum(WarehouseEngine engine)
    {
        var (_, _, check) = await LoadedAsync(engine);
        var differences = check.Findings.Where(f => f.RuleCode == QualityRules.ReconciliationDifference).ToList();

        Assert.NotEmpty(Planted.ReconciliationMismatches);
        foreach (var planted in Planted.ReconciliationMismatches)
        {
            var corrected = Planted.Corrections.Any(c => c.RegionKato == planted.RegionKato && c.Changes.Counts.Any(
                change => (change.SubjectType, change.ActivityType, change.Field) == (planted.SubjectType, planted.ActivityType, planted.Field)));
            var finding = Assert.Single(differences, f => (f.UnitKato, f.SubjectType, f.ActivityType, f.Measure) ==
                (planted.RegionKato, planted.SubjectType, planted.ActivityType, planted.Field));
            Assert.Equal(planted.Claimed, finding.ExpectedValue);
            if (!corrected)
            {
                Assert.Equal(planted.TrueSum, finding.ActualValue);
            }
        }
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Corrections_are_current_second_versions_and_the_first_stays_in_history(WarehouseEngine engine)
    {
        var (warehouse, _, _) = await LoadedAsync(engine);
        await using var connection = await warehouse.Connections.OpenAsync();
        var versions = (await connection.QueryAsync<(string Unit, long Version, string Status)>(
            "SELECT unit_kato, version, status FROM dim_submission WHERE quarter_key = @q AND unit_kato IN @units",
            new { q = SampleRun.Second.Key, units = Planted.Corrections.Select(c => c.Kato).ToList() })).ToList();

        Assert.NotEmpty(Planted.Corrections);
        Assert.All(Planted.Corrections, c =>
        {
            Assert.Contains((c.Kato, 1L, "superseded"), versions);
            Assert.Contains((c.Kato, 2L, "current"), versions);
        });
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Planted_jumps_and_rows_outside_the_quarter_are_warnings(WarehouseEngine engine)
    {
        var (_, _, check) = await LoadedAsync(engine);
        var warnings = check.Findings.Where(f => f.Severity == "warning").ToList();

        Assert.All(Planted.Jumps.Where(j => j.PreviousSubjects is not null),
            j => Assert.Contains(warnings, w => w.RuleCode == QualityRules.QuarterOnQuarterJump && w.UnitKato == j.Kato && w.Measure == "subjects"));
        Assert.All(Planted.ProgrammesOutsideQuarter,
            p => Assert.Contains(warnings, w => w.RuleCode == QualityRules.ProgrammeDatesOutsideQuarter && w.UnitKato == p.Kato && w.Location == $"programmes!D{p.Row}"));
    }

    // The quarter check of the second quarter on the warehouse the samples were loaded into.
    private async Task<(TestWarehouse Warehouse, LoadReport Report, QuarterReport Check)> LoadedAsync(WarehouseEngine engine)
    {
        var (warehouse, report) = await run.LoadedAsync(engine);
        return (warehouse, report, await new QuarterCheck(warehouse.Connections, SampleRun.LoadTime).RunAsync(SampleRun.Second));
    }
}
