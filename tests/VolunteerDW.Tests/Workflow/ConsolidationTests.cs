using VolunteerDW.Etl.Workflow;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;
using static VolunteerDW.Tests.Workflow.AbaiConsolidation;

namespace VolunteerDW.Tests.Workflow;

/// <summary>
/// A region's consolidated figures start from the districts it accepted plus its own rows: on a real
/// warehouse, with returns loaded by the real loader and moved by the real workflow, and the region's
/// template as `vdw template` writes it, read back by openpyxl.
/// </summary>
public sealed class ConsolidationTests
{
    private static readonly Quarter Q2 = Quarter.Parse("2026Q2");

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Only_the_accepted_districts_and_the_regions_own_rows_are_summed_and_a_cell_nobody_reported_stays_blank(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine, FixedTime.At(2026, 7, 3));
        await ArrangeAsync(harness.Warehouse.Connections, harness.Time, harness.Folder);

        var consolidation = await ReadAsync(harness.Warehouse.Connections, Abai);

        Assert.NotNull(consolidation);
        Assert.True(consolidation.HasOwnReturn);
        Assert.Equal(28, consolidation.Cells.Count);
        foreach (var cell in consolidation.Cells)
        {
            var blank = SubjectFigures.NotReported;
            var (districts, own, total, claimed) = Expected.GetValueOrDefault((cell.SubjectType.Code, cell.ActivityType.Code), (blank, blank, blank, blank));
            Assert.Equal((districts, own, total, claimed), (cell.Districts, cell.Own, cell.Total, cell.Claimed));
        }

        var environment = consolidation.Cells.Single(c => (c.SubjectType.Code, c.ActivityType.Code) == ("volunteer", "environment"));
        Assert.Equal(new SubjectFigures(5, 0, null), environment.Difference);
        Assert.False(environment.Matches);
        Assert.True(consolidation.Cells.Single(c => (c.SubjectType.Code, c.ActivityType.Code) == ("volunteer", "social_assistance")).Matches);

        Assert.Equal([Semey], consolidation.Counted.Select(line => line.Unit.KatoCode));
        var left = consolidation.NotCounted.ToDictionary(line => line.Unit.KatoCode, line => line.Shown);
        Assert.Equal(WorkflowStates.ReturnedToDistrict, left[Kurchatov]);
        Assert.Equal(WorkflowStates.AwaitingRegion, left[AbaiDistrict]);
        // Loaded before the workflow: no state row, so not accepted; it stands where a newly sent return would.
        Assert.Equal(WorkflowStates.AwaitingRegion, left[Aksuat]);
        Assert.All(left.Where(l => l.Key is not (Kurchatov or AbaiDistrict or Aksuat)), l => Assert.Equal(WorkflowStates.Missing, l.Value));
        Assert.DoesNotContain(Semey, left.Keys);

        // The rows the template is pre-filled with are the totals, in the template's order.
        Assert.Equal(consolidation.Cells.Select(c => c.Total), consolidation.ConsolidatedRows.Select(r => new SubjectFigures(r.Subjects, r.People, r.NewSubjects)));
        // The reconciliation is as before: the claim against every current return of the territory, accepted or not
        // (120 + 1000 + 500 + 300 from the districts, 30 the region's own).
        Assert.Equal((150L, 1950L), Assert.Single(await harness.QueryAsync<(long, long)>(
            """
            SELECT claimed_subjects, summed_subjects FROM v_reconciliation
            WHERE region_kato = @region AND quarter_key = 20262 AND subject_type_code = 'volunteer' AND activity_type_code = 'social_assistance'
            """, new { region = Abai })));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_district_and_a_unit_that_is_no_region_have_no_consolidation(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine, FixedTime.At(2026, 7, 3));

        Assert.Null(await ReadAsync(harness.Warehouse.Connections, Semey));
        Assert.Null(await ReadAsync(harness.Warehouse.Connections, "000000000"));
        var empty = await ReadAsync(harness.Warehouse.Connections, Abai);
        Assert.NotNull(empty);
        Assert.False(empty.HasOwnReturn);
        Assert.All(empty.Cells, cell => Assert.True(cell.Total.IsBlank && cell.Claimed.IsBlank));
        Assert.Empty(empty.Counted);
    }

    [Fact]
    public async Task The_regions_template_holds_the_totals_in_its_consolidated_sheet_as_openpyxl_reads_it_and_a_districts_has_no_such_sheet()
    {
        await using var harness = await LoadHarness.CreateAsync(WarehouseEngine.Sqlite, FixedTime.At(2026, 7, 3));
        await ArrangeAsync(harness.Warehouse.Connections, harness.Time, harness.Folder);

        var regionTemplate = await TemplateFiller.TemplateAsync(harness.Warehouse, Abai, "2026Q2");
        var region = await TemplateCounts.ReadAsync(regionTemplate, "consolidated");
        var district = await TemplateCounts.ReadAsync(await TemplateFiller.TemplateAsync(harness.Warehouse, Semey, "2026Q2"), "consolidated");

        Assert.NotNull(region.Rows);
        Assert.Equal(28, region.Rows.Count);
        foreach (var (cell, figures) in region.Rows)
        {
            Assert.Equal(Expected.TryGetValue(cell, out var expected) ? expected.Total : SubjectFigures.NotReported, figures);
        }

        Assert.Null(district.Rows);
        Assert.DoesNotContain("consolidated", district.Sheets);
        // The region's own subjects sheet is left for it to fill: blank.
        Assert.All((await TemplateCounts.ReadAsync(regionTemplate, "subjects")).Rows!.Values,
            figures => Assert.True(figures.IsBlank));
    }

    private static async Task<Consolidation?> ReadAsync(WarehouseConnectionFactory connections, string region)
    {
        await using var connection = await connections.OpenAsync();
        return await Consolidation.ReadAsync(connection, await DimensionSnapshot.LoadAsync(connection), region, Q2);
    }
}
