using Dapper;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Etl.Workflow;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Tests.Workflow;

/// <summary>
/// Abai's 2026Q2 as its consolidated figures see it, loaded by the real loader and moved by the real
/// workflow: Semey accepted, Kurchatov returned, the Abai district awaiting the region, Aksuat loaded
/// before the workflow (no state row), the region's own return with its claim. What the consolidated
/// sheet must start from is worked out by hand below, from the figures written here.
/// </summary>
public static class AbaiConsolidation
{
    public const string Abai = "100000000", Semey = "101000000", Kurchatov = "101800000", AbaiDistrict = "103200000", Aksuat = "103400000";

    /// <summary>
    /// Every cell the returns filled, as (districts, own, total, claimed): Semey's rows alone stand for
    /// the districts; a blank stays blank, and a cell blank on one side takes the other's figure.
    /// Every cell not listed is blank on every side — Kurchatov's coordinator row among them.
    /// </summary>
    public static readonly IReadOnlyDictionary<(string Subject, string Activity), (SubjectFigures Districts, SubjectFigures Own, SubjectFigures Total, SubjectFigures Claimed)> Expected =
        new Dictionary<(string, string), (SubjectFigures, SubjectFigures, SubjectFigures, SubjectFigures)>
        {
            // 120 + 30, 150 + 40, 15 + 5; the region claimed exactly that.
            [("volunteer", "social_assistance")] = (new(120, 150, 15), new(30, 40, 5), new(150, 190, 20), new(150, 190, 20)),
            // Semey alone, its blank "of which new" still blank; the region claimed 5 more subjects.
            [("volunteer", "environment")] = (new(80, 80, null), SubjectFigures.NotReported, new(80, 80, null), new(85, 80, null)),
            // 4 + 1 subjects; people 35 + blank = 35; new blank + blank = blank; nothing claimed.
            [("volunteer_group", "social_assistance")] = (new(4, 35, null), new(1, null, null), new(5, 35, null), SubjectFigures.NotReported),
            // The region's own row alone.
            [("coordinator", "environment")] = (SubjectFigures.NotReported, new(2, 2, 0), new(2, 2, 0), SubjectFigures.NotReported),
        };

    private static readonly Quarter Q2 = Quarter.Parse("2026Q2");

    private static readonly WorkflowActor AbaiOfficer = new("abai.officer", PortalRoles.RegionalOfficer, Abai);

    /// <summary>Loads the returns and makes the region's moves on the warehouse; files are written into <paramref name="folder"/>.</summary>
    public static async Task ArrangeAsync(WarehouseConnectionFactory connections, TimeProvider time, string folder)
    {
        ArgumentNullException.ThrowIfNull(connections);
        await LoadAsync(connections, time, folder, Return(Semey,
            ("volunteer", "social_assistance", 120, 150, 15), ("volunteer", "environment", 80, 80, null), ("volunteer_group", "social_assistance", 4, 35, null)));
        await LoadAsync(connections, time, folder, Return(Kurchatov,
            ("volunteer", "social_assistance", 1000, 1000, 100), ("coordinator", "social_services", 7, 7, 7)));
        await LoadAsync(connections, time, folder, Return(AbaiDistrict, ("volunteer", "social_assistance", 500, 500, 50)));
        await LoadAsync(connections, time, folder, Return(Aksuat, ("volunteer", "social_assistance", 300, 300, 30)));
        var region = Return(Abai, ("volunteer", "social_assistance", 30, 40, 5), ("volunteer_group", "social_assistance", 1, null, null), ("coordinator", "environment", 2, 2, 0));
        region.Consolidated = [Row(0, ("volunteer", "social_assistance", 150, 190, 20)), Row(1, ("volunteer", "environment", 85, 80, null))];
        await LoadAsync(connections, time, folder, region);

        var workflow = new ReturnWorkflow(connections, time);
        Assert.True((await workflow.MoveAsync(AbaiOfficer, WorkflowMoves.Accepted, Semey, Q2, null)).Done);
        Assert.True((await workflow.MoveAsync(AbaiOfficer, WorkflowMoves.Returned, Kurchatov, Q2, "Сверьте число волонтёров.")).Done);
        // As a return loaded before the workflow existed: it has no state row, and counts as not accepted.
        await using var connection = await connections.OpenAsync();
        await connection.ExecuteAsync("DELETE FROM workflow_state WHERE unit_kato = @unit", new { unit = Aksuat });
    }

    private static ReturnBuilder Return(string unit, params (string Subject, string Activity, long? Subjects, long? People, long? NewSubjects)[] cells)
    {
        var builder = new ReturnBuilder(unit, "2026Q2", isRegion: unit == Abai).SentOn(new DateOnly(2026, 7, 3));
        builder.Subjects = [.. cells.Select((cell, i) => Row(i, cell))];
        return builder;
    }

    private static SubjectCount Row(int index, (string Subject, string Activity, long? Subjects, long? People, long? NewSubjects) cell) =>
        new(SubmissionLayout.FirstDataRow + index, cell.Subject, cell.Activity, cell.Subjects, cell.People, cell.NewSubjects);

    private static async Task LoadAsync(WarehouseConnectionFactory connections, TimeProvider time, string folder, ReturnBuilder builder)
    {
        var path = builder.WriteTo(folder, $"{builder.Header.UnitKato}_{Guid.NewGuid():N}.xlsx");
        var result = Assert.Single((await new SubmissionLoader(connections, new LoadOptions { Time = time }).LoadAsync([path])).Results);
        Assert.True(result.Outcome == LoadOutcome.Loaded, $"{builder.Header.UnitKato}: {string.Join("; ", result.Problems?.Select(p => p.ToString()) ?? [])}");
    }

}
