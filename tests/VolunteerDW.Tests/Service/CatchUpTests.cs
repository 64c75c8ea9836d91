using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using VolunteerDW.Etl.Service;
using VolunteerDW.Host.Service;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Service;

/// <summary>A fire missed while the service was down runs once when it starts again, and the log says so.</summary>
public sealed class CatchUpTests
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_semi_annual_reports_missed_while_the_service_was_down_are_written_on_start(WarehouseEngine engine)
    {
        var clock = new FakeTimeProvider(At(2027, 1, 14, 12));
        await using var service = await ServiceHarness.CreateAsync(engine, clock, ("Jobs:inbox:Cron", "off"));
        using (var first = service.BuildHost())
        {
            await first.StartAsync();
            await first.StopAsync();
        }

        // Down over the 15th and the 20th.
        clock.SetUtcNow(At(2027, 1, 22, 10));
        using (var second = service.BuildHost())
        {
            await second.StartAsync();
            await service.WaitForFinishedRunsAsync(2);
            await second.StopAsync();
        }

        var caughtUp = (await service.RunsAsync()).Where(r => r.CatchUp).ToList();
        Assert.Equal(
            [(JobNames.SemiAnnualDraft, At(2027, 1, 15, 9)), (JobNames.SemiAnnualFinal, At(2027, 1, 20, 9))],
            caughtUp.Select(r => (r.Job, Utc(r.ScheduledForUtc))));
        Assert.All(caughtUp, r => Assert.Equal(RunOutcomes.Succeeded, r.Outcome));
        Assert.True(File.Exists(Path.Combine(service.Reports, "2026H2", JobNames.SemiAnnualDraft, "semiannual-2026H2.ru.md")));
        Assert.True(File.Exists(Path.Combine(service.Reports, "2026H2", JobNames.SemiAnnualFinal, "semiannual-2026H2.kk.md")));
        Assert.Contains(service.Log.Entries, e => e.Level == LogLevel.Warning
            && e.Message.Contains("semiannual-final: 1 fire(s) missed while the service was down, the last at 2027-01-20 09:00", StringComparison.Ordinal));
        // The district deadline of the 6th passed before the service was first started: nothing to catch up.
        Assert.DoesNotContain(caughtUp, r => r.Job == JobNames.Tier1Deadline);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_job_is_covered_up_to_the_last_fire_a_run_finished_and_a_run_killed_or_stopped_half_way_is_not(WarehouseEngine engine)
    {
        var clock = new FakeTimeProvider(At(2027, 1, 14, 12));
        await using var service = await ServiceHarness.CreateAsync(engine, clock);
        var history = new JobHistory(service.Warehouse.Connections, clock);
        var catchUp = CatchUp(service, clock);
        Assert.Empty(await catchUp.MissedAsync(clock.GetUtcNow()));

        await history.RecordStartAsync("started");
        clock.SetUtcNow(At(2027, 1, 22, 10));
        var missed = await catchUp.MissedAsync(clock.GetUtcNow());

        Assert.Equal(
            [(JobNames.Inbox, 190 * 12, At(2027, 1, 22, 10)), (JobNames.SemiAnnualDraft, 1, At(2027, 1, 15, 9)), (JobNames.SemiAnnualFinal, 1, At(2027, 1, 20, 9))],
            missed);

        var draft = await history.StartAsync(JobNames.SemiAnnualDraft, At(2027, 1, 15, 9), catchUp: false);
        await history.FinishAsync(draft, JobOutcome.Done("written"));
        await history.StartAsync(JobNames.SemiAnnualFinal, At(2027, 1, 20, 9), catchUp: false);
        Assert.Equal([JobNames.Inbox, JobNames.SemiAnnualFinal], (await catchUp.MissedAsync(clock.GetUtcNow())).Select(m => m.Job));

        // Closed as interrupted when the service starts again, or stopped by a shutdown: still not done.
        Assert.Equal(1, await history.CloseInterruptedAsync());
        var stopped = await history.StartAsync(JobNames.SemiAnnualFinal, At(2027, 1, 20, 9), catchUp: true);
        await history.FinishAsync(stopped, new JobOutcome(RunOutcomes.Stopped, "stopped"));
        Assert.Equal([JobNames.Inbox, JobNames.SemiAnnualFinal], (await catchUp.MissedAsync(clock.GetUtcNow())).Select(m => m.Job));

        var finished = await history.StartAsync(JobNames.SemiAnnualFinal, At(2027, 1, 20, 9), catchUp: true);
        await history.FinishAsync(finished, JobOutcome.Done("written"));
        Assert.Equal([JobNames.Inbox], (await catchUp.MissedAsync(clock.GetUtcNow())).Select(m => m.Job));
        Assert.Equal([RunOutcomes.Interrupted, RunOutcomes.Stopped, RunOutcomes.Succeeded],
            (await service.RunsAsync()).Where(r => r.Job == JobNames.SemiAnnualFinal).Select(r => r.Outcome));
    }

    private static ServiceStartup CatchUp(ServiceHarness service, TimeProvider clock) =>
        new(null!, new JobHistory(service.Warehouse.Connections, clock), service.Settings, clock, NullLogger<ServiceStartup>.Instance);

    private static DateTimeOffset At(int year, int month, int day, int hour) => KazakhstanTime.At(new DateTime(year, month, day, hour, 0, 0));

    private static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
