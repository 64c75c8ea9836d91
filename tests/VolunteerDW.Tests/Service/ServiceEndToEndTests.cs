using VolunteerDW.Etl.Service;
using VolunteerDW.Warehouse.Codes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using VolunteerDW.Host.Service.Inbox;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Service;

/// <summary>
/// The service's real scheduler on a clock the test moves, with an inbox scanned every second:
/// files dropped in are loaded and archived, or quarantined with their error report.
/// </summary>
public sealed class ServiceEndToEndTests
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_workbook_dropped_in_is_loaded_and_archived_and_a_bad_one_is_quarantined_with_its_error_report(WarehouseEngine engine)
    {
        // Half a second past 10:00, so that the first fire of the every-second schedule waits for the clock to move.
        var clock = new FakeTimeProvider(KazakhstanTime.At(new DateTime(2026, 7, 8, 10, 0, 0)).AddMilliseconds(500));
        await using var service = await ServiceHarness.CreateAsync(engine, clock,
            ("Jobs:inbox:Cron", "* * * * * ?"), ("Service:SettleSeconds", "60"),
            ("Jobs:tier1-deadline:Cron", "off"), ("Jobs:tier2-deadline:Cron", "off"), ("Jobs:semiannual-draft:Cron", "off"), ("Jobs:semiannual-final:Cron", "off"));
        using var host = service.BuildHost();
        await host.StartAsync();
        var scratch = service.Warehouse.Folder;
        var good = new ReturnBuilder("101000000").WriteTo(scratch);
        var bad = new ReturnBuilder("102400000").Cell("programmes", "H3", "about 300").WriteTo(scratch);
        foreach (var file in new[] { good, bad })
        {
            File.SetLastWriteTimeUtc(file, clock.GetUtcNow().AddMinutes(-5).UtcDateTime);
            File.Move(file, Path.Combine(Directory.CreateDirectory(service.Inbox).FullName, Path.GetFileName(file)));
        }

        clock.Advance(TimeSpan.FromSeconds(1));
        await service.Log.WaitForAsync(entries => entries.Any(e => e.Event == "LogFinished" && e.Message.StartsWith("inbox: succeeded", StringComparison.Ordinal)),
            "a successful scan of the inbox");
        await host.StopAsync();

        var run = (await service.RunsAsync()).Single(r => r.Job == JobNames.Inbox && r.Outcome == RunOutcomes.Succeeded);
        Assert.Equal("2 file(s): 1 archived (1 workbook(s) loaded, 9 fact rows), 1 quarantined", run.Summary);
        Assert.Single(Directory.GetFiles(Path.Combine(service.Archive, "2026Q2", "101000000"), "20260708-095500_101000000_2026Q2.xlsx"));
        var quarantined = Assert.Single(Directory.GetFiles(service.Quarantine, "*_102400000_2026Q2.xlsx"));
        Assert.Contains("102400000_2026Q2.xlsx › programmes!H3", await File.ReadAllTextAsync(quarantined + ErrorReport.Suffix), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(service.Inbox));
        Assert.Contains(service.Log.Entries, e => e.Message.StartsWith("Quarantined 102400000_2026Q2.xlsx: 2 problem(s), see ", StringComparison.Ordinal));
        Assert.Contains(service.Log.Entries, e => e.Message.StartsWith("Archived 101000000_2026Q2.xlsx as ", StringComparison.Ordinal));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Two_services_run_side_by_side_in_one_process_each_with_its_own_scheduler_of_the_same_name(WarehouseEngine engine)
    {
        var clock = new FakeTimeProvider(KazakhstanTime.At(new DateTime(2026, 7, 8, 10, 0, 0)));
        await using var one = await ServiceHarness.CreateAsync(engine, clock, ("Jobs:inbox:Cron", "off"));
        await using var other = await ServiceHarness.CreateAsync(engine, clock, ("Jobs:inbox:Cron", "off"));
        using var first = one.BuildHost();
        using var second = other.BuildHost();

        await first.StartAsync();
        await second.StartAsync();
        var schedulers = new[]
        {
            await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(),
            await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(),
        };
        await second.StopAsync();
        await first.StopAsync();

        Assert.NotSame(schedulers[0], schedulers[1]);
        Assert.All(schedulers, s => Assert.Equal(ClusterSettings.SchedulerName, s.SchedulerName));
    }
}
