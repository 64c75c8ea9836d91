using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Warehouse;

/// <summary>
/// A return corrected after its deadline: the current views show the corrected figures, the
/// "as received" views what stood at the deadline. 2026 Q2's deadlines are 5 July (districts send
/// up) and 10 July (the ministry receives the regions').
/// </summary>
public sealed class RestatementViewTests
{
    private static string SubjectsOf(string view) => $"SELECT SUM(subjects) FROM {view} WHERE unit_kato = @unit AND quarter_key = 20262";

    private static string RowsOf(string view) => $"SELECT COUNT(*) FROM {view} WHERE unit_kato = @unit AND quarter_key = 20262";

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_district_correction_sent_after_the_deadline_is_current_while_the_as_received_views_keep_the_first_figures(WarehouseEngine engine)
    {
        await using var harness = await DistrictCorrectedAsync(engine, new DateOnly(2026, 7, 3), new DateOnly(2026, 7, 15), dropFirstProgramme: true);

        Assert.Equal((234L, 204L), await BothAsync(harness, SubjectsOf, "v_subjects", "101000000"));
        Assert.Equal((1L, 2L), await BothAsync(harness, RowsOf, "v_programmes", "101000000"));
        Assert.Equal((3L, 3L), await BothAsync(harness, RowsOf, "v_practices", "101000000"));
        Assert.Equal([(1L, 0L, 1L), (2L, 1L, 0L)], await harness.QueryAsync<(long, long, long)>(
            "SELECT version, is_current, is_as_received FROM v_returns WHERE unit_kato = '101000000' ORDER BY version"));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_correction_sent_before_the_deadline_is_what_stood_at_the_deadline(WarehouseEngine engine)
    {
        await using var harness = await DistrictCorrectedAsync(engine, new DateOnly(2026, 7, 2), new DateOnly(2026, 7, 4), dropFirstProgramme: false);

        Assert.Equal((234L, 234L), await BothAsync(harness, SubjectsOf, "v_subjects", "101000000"));
        Assert.Equal([(1L, 0L, 0L), (2L, 1L, 1L)], await harness.QueryAsync<(long, long, long)>(
            "SELECT version, is_current, is_as_received FROM v_returns WHERE unit_kato = '101000000' ORDER BY version"));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_regions_correction_received_after_its_deadline_restates_it_and_a_return_first_received_late_was_never_as_received(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine, FixedTime.At(2026, 7, 20));
        var region = new ReturnBuilder("100000000", isRegion: true);
        var late = new ReturnBuilder("750000000", isRegion: true);
        await LoadReceivedAsync(harness, new DateTime(2026, 7, 9, 16, 0, 0), region.WriteTo(harness.Folder, "abai-v1.xlsx"));
        region.Subjects[0] = region.Subjects[0] with { Subjects = 150, People = 150 };
        region.Consolidated = [.. region.Subjects];

        await LoadReceivedAsync(harness, new DateTime(2026, 7, 14, 9, 0, 0), region.WriteTo(harness.Folder, "abai-v2.xlsx"), late.WriteTo(harness.Folder, "almaty.xlsx"));

        Assert.Equal((234L, 204L), await BothAsync(harness, SubjectsOf, "v_subjects", "100000000"));
        Assert.Equal(204L, await harness.ScalarAsync<long>(SubjectsOf("v_subjects"), new { unit = "750000000" }));
        Assert.Equal(0L, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM v_subjects_as_received WHERE unit_kato = '750000000'"));
    }

    // A district's 2026 Q2 return sent up on one day, and corrected (150 volunteers in its first row) on another.
    private static async Task<LoadHarness> DistrictCorrectedAsync(WarehouseEngine engine, DateOnly first, DateOnly second, bool dropFirstProgramme)
    {
        var harness = await LoadHarness.CreateAsync(engine, FixedTime.At(2026, 7, 20));
        var builder = new ReturnBuilder("101000000");
        builder.Header = builder.Header with { SubmittedOn = first };
        await harness.LoadOneAsync(builder.WriteTo(harness.Folder, "v1.xlsx"));
        builder.Header = builder.Header with { SubmittedOn = second };
        builder.Subjects[0] = builder.Subjects[0] with { Subjects = 150, People = 150 };
        if (dropFirstProgramme)
        {
            builder.Programmes.RemoveAt(0);
        }

        Assert.Equal(2, (await harness.LoadOneAsync(builder.WriteTo(harness.Folder, "v2.xlsx"))).Version);
        return harness;
    }

    private static async Task LoadReceivedAsync(LoadHarness harness, DateTime kazakhstanTime, params string[] paths)
    {
        var report = await harness.LoadAsync(new LoadOptions { Received = ReceivedTime.At(KazakhstanTime.At(kazakhstanTime)) }, paths);
        Assert.True(report.AllAccepted);
    }

    // The current view's figure and the as-received view's, for one unit.
    private static async Task<(long Current, long AsReceived)> BothAsync(LoadHarness harness, Func<string, string> query, string view, string unit) =>
        (await harness.ScalarAsync<long>(query(view), new { unit }), await harness.ScalarAsync<long>(query(view + "_as_received"), new { unit }));
}
