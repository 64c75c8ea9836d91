using Microsoft.Extensions.Time.Testing;
using VolunteerDW.Etl.Service;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Service;

/// <summary>
/// The real scheduler, on a fake clock walked from October 2027 to August 2028: every deadline and
/// report job fires on its day of the Rules at 09:00 Kazakhstan time — not the day before — the
/// fourth quarter's deadlines fall in the next year, and the leap day passes without a fire.
/// </summary>
public sealed class SchedulerCalendarTests
{
    private static readonly (string Job, DateTime Local, string Period)[] Expected =
    [
        (JobNames.Tier1Deadline, new(2027, 10, 6, 9, 0, 0), "2027Q3"),
        (JobNames.Tier2Deadline, new(2027, 10, 11, 9, 0, 0), "2027Q3"),
        (JobNames.Tier1Deadline, new(2028, 1, 6, 9, 0, 0), "2027Q4"),
        (JobNames.Tier2Deadline, new(2028, 1, 11, 9, 0, 0), "2027Q4"),
        (JobNames.SemiAnnualDraft, new(2028, 1, 15, 9, 0, 0), "2027H2"),
        (JobNames.SemiAnnualFinal, new(2028, 1, 20, 9, 0, 0), "2027H2"),
        (JobNames.Tier1Deadline, new(2028, 4, 6, 9, 0, 0), "2028Q1"),
        (JobNames.Tier2Deadline, new(2028, 4, 11, 9, 0, 0), "2028Q1"),
        (JobNames.Tier1Deadline, new(2028, 7, 6, 9, 0, 0), "2028Q2"),
        (JobNames.Tier2Deadline, new(2028, 7, 11, 9, 0, 0), "2028Q2"),
        (JobNames.SemiAnnualDraft, new(2028, 7, 15, 9, 0, 0), "2028H1"),
        (JobNames.SemiAnnualFinal, new(2028, 7, 20, 9, 0, 0), "2028H1"),
    ];

    private static readonly DateTime LeapDay = new(2028, 2, 29, 9, 0, 0);

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Each_job_fires_on_its_day_of_the_Rules_in_Kazakhstan_time(WarehouseEngine engine)
    {
        var clock = new FakeTimeProvider(At(new DateTime(2027, 10, 1, 0, 0, 0)));
        await using var service = await ServiceHarness.CreateAsync(engine, clock, ("Jobs:inbox:Cron", "off"));
        using var host = service.BuildHost();
        await host.StartAsync();

        var done = 0;
        foreach (var (job, local, _) in Expected)
        {
            // The leap day on the way to April, the day before, a second before, and the moment itself.
            foreach (var probe in new[] { LeapDay, local.AddDays(-1), local.AddSeconds(-1), local }.Where(p => p <= local && At(p) > clock.GetUtcNow()))
            {
                clock.SetUtcNow(At(probe));
            }

            done++;
            await service.WaitForFinishedRunsAsync(done);
        }

        clock.SetUtcNow(At(new DateTime(2028, 8, 1, 0, 0, 0)));
        await host.StopAsync();

        var runs = (await service.RunsAsync()).Where(r => r.Job != JobNames.ServiceStart).ToList();
        Assert.Equal(
            Expected.Select(e => (e.Job, e.Local)),
            runs.Select(r => (r.Job, Local(r.ScheduledForUtc))));
        Assert.All(runs, r => Assert.Equal(RunOutcomes.Succeeded, r.Outcome));
        Assert.All(runs, r => Assert.False(r.CatchUp));
        Assert.All(Expected.Zip(runs), pair => Assert.StartsWith($"{pair.First.Period}:", pair.Second.Summary, StringComparison.Ordinal));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_deadline_jobs_of_the_fourth_quarter_write_its_reports_in_January(WarehouseEngine engine)
    {
        var clock = new FakeTimeProvider(At(new DateTime(2028, 1, 5, 23, 0, 0)));
        await using var service = await ServiceHarness.CreateAsync(engine, clock, ("Jobs:inbox:Cron", "off"));
        using var host = service.BuildHost();
        await host.StartAsync();

        clock.SetUtcNow(At(new DateTime(2028, 1, 6, 9, 0, 0)));
        await service.WaitForFinishedRunsAsync(1);
        clock.SetUtcNow(At(new DateTime(2028, 1, 11, 9, 0, 0)));
        await service.WaitForFinishedRunsAsync(2);
        await host.StopAsync();

        var tier1 = Path.Combine(service.Reports, "2027Q4", JobNames.Tier1Deadline);
        var regions = Directory.GetFiles(tier1, "compliance-2027Q4-*.ru.md");
        Assert.Equal(20, regions.Length);
        Assert.Equal(20, Directory.GetFiles(tier1, "compliance-2027Q4-*.kk.md").Length);
        var tier2 = Path.Combine(service.Reports, "2027Q4", JobNames.Tier2Deadline);
        Assert.True(File.Exists(Path.Combine(tier2, "compliance-2027Q4.ru.md")));
        Assert.True(File.Exists(Path.Combine(tier2, "quarterly-2027Q4.kk.md")));
        Assert.Contains("2027", await File.ReadAllTextAsync(Path.Combine(tier2, "quarterly-2027Q4.ru.md")), StringComparison.Ordinal);
    }

    private static DateTimeOffset At(DateTime local) => KazakhstanTime.At(local);

    private static DateTime Local(DateTime utc) =>
        TimeZoneInfo.ConvertTime(StoredTime.Read(utc), KazakhstanTime.Zone).DateTime;
}
