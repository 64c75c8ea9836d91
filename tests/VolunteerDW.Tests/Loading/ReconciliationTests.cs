using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Loading;

/// <summary>A region's claim for its territory against its units' returns, and the other warnings.</summary>
public sealed class ReconciliationTests
{
    private const string CurrentFindings =
        """
        SELECT r.code AS Rule, f.measure AS Measure, f.expected_value AS Expected, f.actual_value AS Actual, f.location AS Location
        FROM fact_dq_finding f JOIN dim_dq_rule r ON r.rule_key = f.rule_key
        WHERE f.is_current = 1 AND r.code = @rule
        ORDER BY f.finding_key
        """;

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_planted_mismatch_is_found_with_both_numbers_and_clears_when_the_district_corrects(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var (semey, kurchatov, region) = AbaiOffByFive();

        await harness.LoadAsync(semey.WriteTo(harness.Folder), kurchatov.WriteTo(harness.Folder), region.WriteTo(harness.Folder));

        var finding = Assert.Single(await harness.QueryAsync<FindingRow>(CurrentFindings, new { rule = "reconciliation_difference" }));
        Assert.Equal(("subjects", 365L, 360L), (finding.Measure, finding.Expected, finding.Actual));

        semey.Subjects[0] = semey.Subjects[0] with { Subjects = 125 };
        await harness.LoadOneAsync(semey.WriteTo(harness.Folder, "semey_v2.xlsx"));

        Assert.Empty(await harness.QueryAsync<FindingRow>(CurrentFindings, new { rule = "reconciliation_difference" }));
        Assert.Equal(1, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM fact_dq_finding WHERE is_current = 0"));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_regions_package_leaves_only_its_final_reconciliation_not_one_for_each_district_on_the_way(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var (semey, kurchatov, region) = AbaiOffByFive();

        // The region's return first, as in its package: after each district alone the sums would fall short.
        await harness.LoadAsync(region.WriteTo(harness.Folder, "1.xlsx"), semey.WriteTo(harness.Folder, "2.xlsx"), kurchatov.WriteTo(harness.Folder, "3.xlsx"));

        Assert.Equal(1, await harness.ScalarAsync<long>(
            "SELECT COUNT(*) FROM fact_dq_finding f JOIN dim_dq_rule r ON r.rule_key = f.rule_key WHERE r.code = 'reconciliation_difference'"));
    }

    // Abai region claims its two reporting units' figures plus its own, but one cell is off by 5.
    private static (ReturnBuilder Semey, ReturnBuilder Kurchatov, ReturnBuilder Region) AbaiOffByFive()
    {
        var semey = new ReturnBuilder("101000000");
        var kurchatov = new ReturnBuilder("101800000");
        var region = new ReturnBuilder("100000000", isRegion: true);
        region.Consolidated = ReturnBuilder.ConsolidationOf([semey, kurchatov, region]);
        region.Consolidated[0] = region.Consolidated[0] with { Subjects = region.Consolidated[0].Subjects + 5 };
        return (semey, kurchatov, region);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_blank_claimed_cell_against_reported_figures_is_a_difference_too(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var semey = new ReturnBuilder("101000000");
        var region = new ReturnBuilder("100000000", isRegion: true);
        region.Subjects = [];
        region.Consolidated = [.. semey.Subjects];
        region.Consolidated[1] = region.Consolidated[1] with { People = null };

        await harness.LoadAsync(semey.WriteTo(harness.Folder), region.WriteTo(harness.Folder));

        var finding = Assert.Single(await harness.QueryAsync<FindingRow>(CurrentFindings, new { rule = "reconciliation_difference" }));
        Assert.Equal(("people", (long?)null, (long?)80), (finding.Measure, finding.Expected, finding.Actual));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Programme_dates_outside_the_quarter_load_with_a_warning_naming_the_cell(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var path = new ReturnBuilder().Cell("programmes", "D3", "2026-01-15").Cell("programmes", "E3", "2026-01-15").WriteTo(harness.Folder);

        var result = await harness.LoadOneAsync(path);

        Assert.Equal(1, result.Warnings);
        Assert.Equal("programmes!D3", Assert.Single(await harness.QueryAsync<FindingRow>(CurrentFindings, new { rule = "programme_dates_outside_quarter" })).Location);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_jump_beyond_the_factor_against_the_previous_quarter_is_a_warning_with_both_totals(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        await harness.LoadOneAsync(new ReturnBuilder(quarter: "2026Q1").WriteTo(harness.Folder));
        var jumped = new ReturnBuilder();
        jumped.Subjects[0] = jumped.Subjects[0] with { Subjects = 1200, People = 1200 };

        await harness.LoadOneAsync(jumped.WriteTo(harness.Folder));

        var findings = await harness.QueryAsync<FindingRow>(CurrentFindings, new { rule = "quarter_on_quarter_jump" });
        Assert.Equal([("subjects", 204L, 1284L), ("people", 235L, 1315L)], findings.Select(f => (f.Measure, f.Expected!.Value, f.Actual!.Value)));
    }

    private sealed record FindingRow
    {
        public string Rule { get; init; } = string.Empty;

        public string? Measure { get; init; }

        public long? Expected { get; init; }

        public long? Actual { get; init; }

        public string? Location { get; init; }
    }
}
