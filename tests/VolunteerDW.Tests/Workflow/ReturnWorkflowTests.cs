using VolunteerDW.Etl.Loading;
using VolunteerDW.Etl.Problems;
using VolunteerDW.Etl.Workflow;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Tests.Workflow;

/// <summary>
/// The workflow on a real warehouse, with returns loaded by the real loader: a district's return
/// through its region to the ministry and back, every move on the record with who, when, why and how
/// long its answer took, the refused moves changing nothing, and the ministry's lock holding the loader.
/// </summary>
public sealed class ReturnWorkflowTests
{
    private const string Abai = "100000000", Almaty = "750000000", Semey = "101000000";
    private static readonly Quarter Q2 = Quarter.Parse("2026Q2");

    private static readonly WorkflowActor SemeyOfficer = new("semey.officer", PortalRoles.DistrictOfficer, Semey);
    private static readonly WorkflowActor AbaiOfficer = new("abai.officer", PortalRoles.RegionalOfficer, Abai);
    private static readonly WorkflowActor AlmatyOfficer = new("almaty.officer", PortalRoles.RegionalOfficer, Almaty);
    private static readonly WorkflowActor Analyst = new("analyst", PortalRoles.MinistryAnalyst, null);

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_return_goes_up_is_returned_with_a_reason_corrected_accepted_sent_on_accepted_by_the_ministry_reopened_and_unlocked(WarehouseEngine engine)
    {
        // 3 July 2026: the second quarter's returns are coming in.
        await using var harness = await LoadHarness.CreateAsync(engine, FixedTime.At(2026, 7, 3));
        var workflow = new ReturnWorkflow(harness.Warehouse.Connections, harness.Time);
        Assert.Equal(LoadOutcome.Loaded, (await SendAsync(harness, District(subjects: 120), SemeyOfficer)).Outcome);
        Assert.Equal(WorkflowStates.AwaitingRegion, await StateAsync(harness, Semey));

        // Refused: another region's officer, the district itself, the ministry before the region; nothing is written.
        var moves = await MoveCountAsync(harness);
        Assert.Equal(MoveRefusal.OtherRegion, (await workflow.MoveAsync(AlmatyOfficer, WorkflowMoves.Accepted, Semey, Q2, null)).Refusal);
        Assert.Equal(MoveRefusal.NotForRole, (await workflow.MoveAsync(SemeyOfficer, WorkflowMoves.Accepted, Semey, Q2, null)).Refusal);
        Assert.Equal(MoveRefusal.NotForRole, (await workflow.MoveAsync(Analyst, WorkflowMoves.Accepted, Semey, Q2, null)).Refusal);
        Assert.Equal(MoveRefusal.ReasonRequired, (await workflow.MoveAsync(AbaiOfficer, WorkflowMoves.Returned, Semey, Q2, " ")).Refusal);
        Assert.Equal(MoveRefusal.UnknownUnit, (await workflow.MoveAsync(AbaiOfficer, WorkflowMoves.Accepted, "999999999", Q2, null)).Refusal);
        Assert.Equal(moves, await MoveCountAsync(harness));
        Assert.Equal(WorkflowStates.AwaitingRegion, await StateAsync(harness, Semey));

        // Two days later the region returns it with a reason; the district corrects it.
        harness.Time.Now = harness.Time.Now.AddDays(2);
        Assert.True((await workflow.MoveAsync(AbaiOfficer, WorkflowMoves.Returned, Semey, Q2, "  Проверьте строку 3.  ")).Done);
        Assert.Equal(WorkflowStates.ReturnedToDistrict, await StateAsync(harness, Semey));
        Assert.Equal(MoveRefusal.NotInState, (await workflow.MoveAsync(AbaiOfficer, WorkflowMoves.Accepted, Semey, Q2, null)).Refusal);
        Assert.Equal(LoadOutcome.Loaded, (await SendAsync(harness, District(subjects: 125), SemeyOfficer)).Outcome);
        Assert.Equal(WorkflowStates.AwaitingRegion, await StateAsync(harness, Semey));
        Assert.True((await workflow.MoveAsync(AbaiOfficer, WorkflowMoves.Accepted, Semey, Q2, null)).Done);

        // The region's own return opens its package; the region sends it; the package lists its districts.
        Assert.Equal(MoveRefusal.NoReturn, (await workflow.MoveAsync(AbaiOfficer, WorkflowMoves.PackageSent, Abai, Q2, null)).Refusal);
        Assert.Equal(LoadOutcome.Loaded, (await SendAsync(harness, Region(subjects: 500), AbaiOfficer)).Outcome);
        Assert.Equal(WorkflowStates.Open, await StateAsync(harness, Abai));
        Assert.Equal(MoveRefusal.OtherRegion, (await workflow.MoveAsync(AlmatyOfficer, WorkflowMoves.PackageSent, Abai, Q2, null)).Refusal);
        var sent = await workflow.MoveAsync(AbaiOfficer, WorkflowMoves.PackageSent, Abai, Q2, null);
        Assert.True(sent.Done);
        var listed = await harness.QueryAsync<(string Unit, string State)>("SELECT unit_kato, state FROM fact_package_district WHERE move_key = @move ORDER BY unit_kato", new { move = sent.MoveKey });
        var expected = await harness.ScalarAsync<long>(
            "SELECT COUNT(*) FROM dim_region WHERE region_kato = @region AND reporting_tier = 1 AND valid_from_key <= 20260630 AND valid_to_key >= 20260630", new { region = Abai });
        Assert.Equal(expected, listed.Count);
        Assert.Contains((Semey, WorkflowStates.AcceptedByRegion), listed);
        Assert.All(listed.Where(l => l.Unit != Semey), l => Assert.Equal(WorkflowStates.Missing, l.State));
        // With the ministry, the region's own return cannot change.
        var withMinistry = await SendAsync(harness, Region(subjects: 501), AbaiOfficer);
        Assert.Equal(ProblemKind.ReturnWithMinistry, Assert.Single(withMinistry.Problems!).Kind);

        // The ministry accepts a day later: the quarter is locked for the district and the region.
        harness.Time.Now = harness.Time.Now.AddDays(1);
        Assert.Equal(MoveRefusal.NotForRole, (await workflow.MoveAsync(AbaiOfficer, WorkflowMoves.PackageAccepted, Abai, Q2, null)).Refusal);
        Assert.True((await workflow.MoveAsync(Analyst, WorkflowMoves.PackageAccepted, Abai, Q2, null)).Done);
        var versions = await harness.ScalarAsync<long>("SELECT COUNT(*) FROM dim_submission");
        var locked = await SendAsync(harness, District(subjects: 130), SemeyOfficer);
        Assert.Equal(LoadOutcome.Rejected, locked.Outcome);
        var problem = Assert.Single(locked.Problems!);
        Assert.Equal((ProblemKind.ReturnLocked, "submission", "unit_kato", Semey, "2026Q2"), (problem.Kind, problem.Sheet, problem.Field, problem.Value, problem.Expected));
        Assert.Equal(ProblemKind.ReturnLocked, Assert.Single((await SendAsync(harness, Region(subjects: 502), AbaiOfficer)).Problems!).Kind);
        Assert.Equal(MoveRefusal.Locked, (await workflow.MoveAsync(AbaiOfficer, WorkflowMoves.Returned, Semey, Q2, "ещё раз")).Refusal);
        Assert.Equal(versions, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM dim_submission"));

        // The ministry reopens Semey alone: Semey sends, its region accepts, the quarter stays locked for the rest.
        Assert.Equal(MoveRefusal.ReasonRequired, (await workflow.MoveAsync(Analyst, WorkflowMoves.Reopened, Semey, Q2, null)).Refusal);
        Assert.True((await workflow.MoveAsync(Analyst, WorkflowMoves.Reopened, Semey, Q2, "Уточните число волонтёров.")).Done);
        Assert.Equal(LoadOutcome.Loaded, (await SendAsync(harness, District(subjects: 130), SemeyOfficer)).Outcome);
        // The region sees the return changed since it accepted version 2 (sent again, it carries no reason of its own).
        var reopened = await SheetLineAsync(harness, Semey);
        Assert.Equal((3, 2, true, (string?)null), (reopened.Version, reopened.AcceptedVersion, reopened.ChangedSinceAccepted, reopened.Reason));
        Assert.True((await workflow.MoveAsync(AbaiOfficer, WorkflowMoves.Accepted, Semey, Q2, null)).Done);
        Assert.False((await SheetLineAsync(harness, Semey)).ChangedSinceAccepted);
        Assert.Equal(WorkflowStates.AcceptedByMinistry, await StateAsync(harness, Abai));
        Assert.Equal(ProblemKind.ReturnLocked, Assert.Single((await SendAsync(harness, Region(subjects: 503), AbaiOfficer)).Problems!).Kind);

        // Unlocked with a reason, the region may change its return again.
        Assert.True((await workflow.MoveAsync(Analyst, WorkflowMoves.Unlocked, Abai, Q2, "Исправление по письму области.")).Done);
        Assert.Equal(WorkflowStates.Open, await StateAsync(harness, Abai));
        Assert.Equal(LoadOutcome.Loaded, (await SendAsync(harness, Region(subjects: 504), AbaiOfficer)).Outcome);

        // The record: every move in order, who made it, why, and how long each answer took.
        var record = await harness.QueryAsync<(string Unit, string Move, string? From, string To, string? Reason, string? Actor, long? Waiting)>(
            "SELECT unit_kato, move, from_state, to_state, reason, actor_user_name, days_waiting FROM fact_return_move ORDER BY move_key");
        Assert.Equal(
        [
            (Semey, WorkflowMoves.Sent, null, WorkflowStates.AwaitingRegion, null, "semey.officer", null),
            (Semey, WorkflowMoves.Returned, WorkflowStates.AwaitingRegion, WorkflowStates.ReturnedToDistrict, "Проверьте строку 3.", "abai.officer", 2),
            (Semey, WorkflowMoves.Sent, WorkflowStates.ReturnedToDistrict, WorkflowStates.AwaitingRegion, null, "semey.officer", null),
            (Semey, WorkflowMoves.Accepted, WorkflowStates.AwaitingRegion, WorkflowStates.AcceptedByRegion, null, "abai.officer", 0),
            (Abai, WorkflowMoves.Sent, null, WorkflowStates.Open, null, "abai.officer", null),
            (Abai, WorkflowMoves.PackageSent, WorkflowStates.Open, WorkflowStates.AwaitingMinistry, null, "abai.officer", null),
            (Abai, WorkflowMoves.PackageAccepted, WorkflowStates.AwaitingMinistry, WorkflowStates.AcceptedByMinistry, null, "analyst", 1),
            (Semey, WorkflowMoves.Reopened, WorkflowStates.AcceptedByRegion, WorkflowStates.ReturnedToDistrict, "Уточните число волонтёров.", "analyst", null),
            (Semey, WorkflowMoves.Sent, WorkflowStates.ReturnedToDistrict, WorkflowStates.AwaitingRegion, null, "semey.officer", null),
            (Semey, WorkflowMoves.Accepted, WorkflowStates.AwaitingRegion, WorkflowStates.AcceptedByRegion, null, "abai.officer", 0),
            (Abai, WorkflowMoves.Unlocked, WorkflowStates.AcceptedByMinistry, WorkflowStates.Open, "Исправление по письму области.", "analyst", null),
            (Abai, WorkflowMoves.Sent, WorkflowStates.Open, WorkflowStates.Open, null, "abai.officer", null),
        ], record);
        // The analysts' view: time to accept at each tier, returns per unit, the reasons, each move in its place.
        Assert.Equal([(Semey, 0L), (Abai, 1L), (Semey, 0L)], await harness.QueryAsync<(string, long)>(
            "SELECT unit_kato, days_waiting FROM v_return_moves WHERE move IN ('accepted', 'package_accepted') ORDER BY move_key"));
        Assert.Equal([(Abai, 0L), (Semey, 2L)], await harness.QueryAsync<(string, long)>(
            "SELECT unit_kato, SUM(is_return) FROM v_return_moves GROUP BY unit_kato ORDER BY unit_kato"));
        Assert.Equal(record.Count, await harness.ScalarAsync<long>(
            "SELECT COUNT(*) FROM v_return_moves WHERE region_kato = '100000000' AND quarter_key = 20262 AND channel = 'portal' AND to_state_name_ru IS NOT NULL"));

        // The package's sending on the region's timeline lists its districts as they stood.
        await using (var connection = await harness.Warehouse.Connections.OpenAsync())
        {
            var packaged = Assert.Single(await ReturnTimeline.ReadAsync(connection, Abai, Q2), e => e.Move == WorkflowMoves.PackageSent).Districts;
            Assert.Equal(listed, packaged.Select(d => (d.UnitKato, d.State)));
            Assert.Equal("Принят областью", packaged.Single(d => d.UnitKato == Semey).StateName.Ru);
        }

        // Each state points at the version it concerns and the move that put it there.
        Assert.Equal(0, await harness.ScalarAsync<long>(
            """
            SELECT COUNT(*) FROM workflow_state AS w
            WHERE w.submission_key <> (SELECT s.submission_key FROM dim_submission AS s WHERE s.unit_kato = w.unit_kato AND s.quarter_key = w.quarter_key AND s.status = 'current')
               OR w.last_move_key <> (SELECT MAX(m.move_key) FROM fact_return_move AS m WHERE m.unit_kato = w.unit_kato AND m.quarter_key = w.quarter_key)
            """));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_return_from_the_inbox_is_sent_by_nobody_and_the_same_file_again_is_no_move(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine, FixedTime.At(2026, 7, 3));
        var path = District(subjects: 120).WriteTo(harness.Folder, "semey.xlsx");

        Assert.Equal(LoadOutcome.Loaded, (await harness.LoadOneAsync(path)).Outcome);
        Assert.Equal(LoadOutcome.AlreadyLoaded, (await harness.LoadOneAsync(path)).Outcome);

        var move = Assert.Single(await harness.QueryAsync<(string Move, string? Actor, string? Role, long Day)>("SELECT move, actor_user_name, actor_role, at_date_key FROM fact_return_move"));
        Assert.Equal((WorkflowMoves.Sent, null, null, 20260703L), move);
    }

    private static ReturnBuilder District(int subjects)
    {
        var builder = new ReturnBuilder(Semey, "2026Q2").SentOn(new DateOnly(2026, 7, 3));
        builder.Subjects[0] = builder.Subjects[0] with { Subjects = subjects, People = subjects };
        return builder;
    }

    private static ReturnBuilder Region(int subjects)
    {
        var builder = new ReturnBuilder(Abai, "2026Q2", isRegion: true).SentOn(new DateOnly(2026, 7, 3));
        builder.Subjects[0] = builder.Subjects[0] with { Subjects = subjects, People = subjects };
        return builder;
    }

    private static async Task<LoadResult> SendAsync(LoadHarness harness, ReturnBuilder builder, WorkflowActor sender) =>
        Assert.Single((await harness.LoadAsync(new LoadOptions { Sender = sender }, builder.WriteTo(harness.Folder, $"{Guid.NewGuid():N}.xlsx"))).Results);

    private static async Task<ApprovalLine> SheetLineAsync(LoadHarness harness, string unit)
    {
        await using var connection = await harness.Warehouse.Connections.OpenAsync();
        var sheet = await ApprovalSheet.ReadAsync(connection, await DimensionSnapshot.LoadAsync(connection), Abai, Q2);
        return sheet!.Districts.Single(line => line.Unit.KatoCode == unit);
    }

    private static Task<string> StateAsync(LoadHarness harness, string unit) =>
        harness.ScalarAsync<string>("SELECT state FROM workflow_state WHERE unit_kato = @unit AND quarter_key = 20262", new { unit });

    private static Task<long> MoveCountAsync(LoadHarness harness) => harness.ScalarAsync<long>("SELECT COUNT(*) FROM fact_return_move");
}
