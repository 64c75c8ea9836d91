using VolunteerDW.Etl.Loading;
using VolunteerDW.Etl.Workflow;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Tests.Workflow;

/// <summary>
/// Timeliness per hop from the workflow: a district's return sent through the portal counts from the
/// day it was sent, not the date its workbook gives; a region's from the day its package went to the
/// ministry; a file that came through the inbox, as before, from the workbook (district) or the day
/// received (region). The timeliness fact and v_returns agree.
/// </summary>
public sealed class HopTimelinessTests
{
    private const string Abai = "100000000", Almaty = "750000000", Semey = "101000000", Kurchatov = "101800000";

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_district_return_sent_through_the_portal_counts_from_the_day_it_was_sent_and_one_from_the_inbox_from_its_workbook(WarehouseEngine engine)
    {
        // 7 July 2026: two days after the districts' deadline; both workbooks say they were sent on the 4th.
        await using var harness = await LoadHarness.CreateAsync(engine, FixedTime.At(2026, 7, 7));
        var portal = new ReturnBuilder(Semey, "2026Q2").SentOn(new DateOnly(2026, 7, 4)).WriteTo(harness.Folder, "semey.xlsx");
        var inbox = new ReturnBuilder(Kurchatov, "2026Q2").SentOn(new DateOnly(2026, 7, 4)).WriteTo(harness.Folder, "kurchatov.xlsx");

        await harness.LoadAsync(new LoadOptions { Sender = new WorkflowActor("semey.officer", PortalRoles.DistrictOfficer, Semey) }, portal);
        await harness.LoadAsync(inbox);

        Assert.Equal(("late", 20260707L, 2L), await TimelinessAsync(harness, Semey));
        Assert.Equal(("on_time", 20260704L, 0L), await TimelinessAsync(harness, Kurchatov));
        Assert.Equal(0, await AsReceivedAsync(harness, Semey));
        Assert.Equal(1, await AsReceivedAsync(harness, Kurchatov));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_region_return_loaded_through_the_portal_counts_from_the_day_its_package_went_to_the_ministry(WarehouseEngine engine)
    {
        // Both regions' returns arrive on 8 July, before the regions' deadline of the 10th.
        await using var harness = await LoadHarness.CreateAsync(engine, FixedTime.At(2026, 7, 8));
        var abai = new WorkflowActor("abai.officer", PortalRoles.RegionalOfficer, Abai);
        await harness.LoadAsync(new LoadOptions { Sender = abai },
            new ReturnBuilder(Abai, "2026Q2", isRegion: true).SentOn(new DateOnly(2026, 7, 8)).WriteTo(harness.Folder, "abai.xlsx"));
        await harness.LoadAsync(new ReturnBuilder(Almaty, "2026Q2", isRegion: true).SentOn(new DateOnly(2026, 7, 8)).WriteTo(harness.Folder, "almaty.xlsx"));

        // Loaded but not sent: Abai's return has not gone up yet; Almaty's, from the inbox, was received.
        Assert.Equal(("pending", null, null), await TimelinessAsync(harness, Abai));
        Assert.Equal(("on_time", 20260708L, 0L), await TimelinessAsync(harness, Almaty));
        Assert.Equal(0, await AsReceivedAsync(harness, Abai));

        // The package goes on the 12th: two days late.
        harness.Time.Now = FixedTime.At(2026, 7, 12).Now;
        Assert.True((await new ReturnWorkflow(harness.Warehouse.Connections, harness.Time).MoveAsync(abai, WorkflowMoves.PackageSent, Abai, Quarter.Parse("2026Q2"), null)).Done);

        Assert.Equal(("late", 20260712L, 2L), await TimelinessAsync(harness, Abai));
        Assert.Equal(0, await AsReceivedAsync(harness, Abai));
        Assert.Equal(20260712L, await harness.ScalarAsync<long>("SELECT sent_up_key FROM v_sent_up WHERE unit_kato = @unit", new { unit = Abai }));
    }

    private static async Task<(string, long?, long?)> TimelinessAsync(LoadHarness harness, string unit) =>
        Assert.Single(await harness.QueryAsync<(string, long?, long?)>(
            """
            SELECT t.status, t.first_accepted_date_key, t.days_late
            FROM fact_submission_timeliness AS t JOIN dim_region AS u ON u.region_sk = t.region_sk
            WHERE t.quarter_key = 20262 AND u.kato_code = @unit
            """, new { unit }));

    private static Task<long> AsReceivedAsync(LoadHarness harness, string unit) =>
        harness.ScalarAsync<long>("SELECT MAX(is_as_received) FROM v_returns WHERE unit_kato = @unit AND quarter_key = 20262", new { unit });
}
