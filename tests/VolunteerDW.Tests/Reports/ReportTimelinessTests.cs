using VolunteerDW.Etl.Loading;
using VolunteerDW.Reports.Compliance;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Tests.Reports;

/// <summary>
/// A report speaks as of its time through the timeliness the loader stores: it brings a quarter's
/// stored rows up to its moment when a deadline has passed since, and only reads them otherwise.
/// </summary>
public sealed class ReportTimelinessTests
{
    private static readonly Quarter Quarter = Quarter.Parse("2026Q2");

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_report_after_the_district_deadline_stores_the_districts_that_sent_nothing_as_missing_and_counts_them(WarehouseEngine engine)
    {
        // Loaded on 3 July, before the districts' deadline of the 5th: every district that sent nothing is pending.
        await using var harness = await LoadHarness.CreateAsync(engine, FixedTime.At(2026, 7, 3));
        await harness.LoadAsync(new LoadOptions(), new ReturnBuilder("101000000", quarter: "2026Q2") { Header = Sent(2026, 7, 2) }.WriteTo(harness.Folder));
        Assert.Equal(0, await Count(harness, TimelinessStatuses.Missing));
        var pending = await Count(harness, TimelinessStatuses.Pending);

        var report = (ComplianceReport)(await new ComplianceBuilder(harness.Warehouse.Connections, FixedTime.At(2026, 7, 8)).DocumentAsync(Quarter, null)).Model;

        // On 8 July the districts' deadline has passed and the regions' (the 10th) has not.
        var districts = await Count(harness, TimelinessStatuses.Missing);
        Assert.Equal(pending - 20, districts);
        Assert.Equal(20, await Count(harness, TimelinessStatuses.Pending));
        Assert.Equal((districts, 20), (report.Total.Districts.Missing, report.Total.Region.Pending));
        Assert.Equal(new DateTime(2026, 7, 8, 5, 0, 0), await harness.ScalarAsync<DateTime>("SELECT MAX(evaluated_at_utc) FROM fact_submission_timeliness"));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_report_of_a_quarter_whose_stored_timeliness_is_still_true_reads_it_without_writing(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine, FixedTime.At(2026, 7, 12));
        await harness.LoadAsync(new ReturnBuilder("101000000").WriteTo(harness.Folder));
        var evaluated = await harness.ScalarAsync<DateTime>("SELECT MAX(evaluated_at_utc) FROM fact_submission_timeliness");

        var report = (ComplianceReport)(await new ComplianceBuilder(harness.Warehouse.Connections, FixedTime.At(2026, 12, 6)).DocumentAsync(Quarter, null)).Model;

        Assert.Equal(evaluated, await harness.ScalarAsync<DateTime>("SELECT MAX(evaluated_at_utc) FROM fact_submission_timeliness"));
        Assert.Equal(await Count(harness, TimelinessStatuses.Missing), report.Total.Districts.Missing + report.Total.Region.Missing);
    }

    private static Etl.Format.SubmissionHeader Sent(int year, int month, int day) =>
        new ReturnBuilder("101000000").Header with { SubmittedOn = new DateOnly(year, month, day) };

    private static Task<long> Count(LoadHarness harness, string status) =>
        harness.ScalarAsync<long>("SELECT COUNT(*) FROM fact_submission_timeliness WHERE quarter_key = 20262 AND status = @status", new { status });
}
