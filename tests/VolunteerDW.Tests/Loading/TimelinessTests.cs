using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Loading;

/// <summary>Each hop against its own deadline: districts by the date sent up, regions by the date received.</summary>
public sealed class TimelinessTests
{
    private const string Row =
        """
        SELECT t.status, t.days_late, t.deadline_key
        FROM fact_submission_timeliness t JOIN dim_region r ON r.region_sk = t.region_sk
        WHERE r.kato_code = @kato AND t.quarter_key = 20262
        """;

    public static TheoryData<int, string, int> DistrictSentDays => new()
    {
        { 5, "on_time", 0 },
        { 6, "late", 1 },
        { 12, "late", 7 },
    };

    [Theory, SqliteEngine(nameof(DistrictSentDays)), SqlServerEngine(nameof(DistrictSentDays))]
    public async Task A_district_is_judged_by_its_sent_date_against_the_5th(int day, string status, int daysLate, WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine, FixedTime.At(2026, 7, 20));
        var builder = new ReturnBuilder();
        builder.Header = builder.Header with { SubmittedOn = new DateOnly(2026, 7, day) };

        await harness.LoadOneAsync(builder.WriteTo(harness.Folder));

        Assert.Equal((status, (long)daysLate, 20260705L), (await harness.QueryAsync<(string, long, long)>(Row, new { kato = "101000000" })).Single());
    }

    public static TheoryData<string, string> RegionReceivedTimes => new()
    {
        { "2026-07-10T23:59", "on_time" },
        { "2026-07-11T00:01", "late" },
    };

    [Theory, SqliteEngine(nameof(RegionReceivedTimes)), SqlServerEngine(nameof(RegionReceivedTimes))]
    public async Task A_region_is_judged_by_when_the_ministry_received_it_against_the_10th_in_Kazakhstan_time(string received, string status, WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine, FixedTime.At(2026, 7, 20));
        var path = new ReturnBuilder("100000000", isRegion: true).WriteTo(harness.Folder);

        await harness.LoadAsync(new LoadOptions { Received = ReceivedTime.Parse(received) }, path);

        Assert.Equal(status, (await harness.QueryAsync<(string, long, long)>(Row, new { kato = "100000000" })).Single().Item1);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_first_accepted_version_counts_a_later_correction_does_not_change_timeliness(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine, FixedTime.At(2026, 7, 20));
        var builder = new ReturnBuilder();
        builder.Header = builder.Header with { SubmittedOn = new DateOnly(2026, 7, 8) };
        await harness.LoadOneAsync(builder.WriteTo(harness.Folder, "v1.xlsx"));
        builder.Header = builder.Header with { SubmittedOn = new DateOnly(2026, 7, 4) };
        builder.Subjects[0] = builder.Subjects[0] with { Subjects = 999, People = 999 };

        await harness.LoadOneAsync(builder.WriteTo(harness.Folder, "v2.xlsx"));

        Assert.Equal(("late", 3L), (await harness.QueryAsync<(string, long, long)>(Row, new { kato = "101000000" })).Select(r => (r.Item1, r.Item2)).Single());
        Assert.Equal(1, await harness.ScalarAsync<long>(
            "SELECT COUNT(*) FROM fact_dq_finding f JOIN dim_dq_rule r ON r.rule_key = f.rule_key WHERE r.code = 'late_submission' AND f.is_current = 1"));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Every_expected_unit_of_a_touched_quarter_gets_a_row_missing_after_its_deadline_and_pending_before(WarehouseEngine engine)
    {
        // 8 July: the districts' deadline (5th) has passed, the regions' (10th) has not.
        await using var harness = await LoadHarness.CreateAsync(engine);

        await harness.LoadOneAsync(new ReturnBuilder().WriteTo(harness.Folder));

        var statuses = (await harness.QueryAsync<(long Tier, string Status, long Units)>(
            "SELECT tier, status, COUNT(*) FROM fact_submission_timeliness WHERE quarter_key = 20262 GROUP BY tier, status ORDER BY tier, status"));
        Assert.Equal([(1L, "missing", 219L), (1L, "on_time", 1L), (2L, "pending", 20L)], statuses);
    }
}
