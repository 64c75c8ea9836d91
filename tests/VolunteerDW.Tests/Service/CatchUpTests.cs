using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using Dapper;
using Microsoft.Extensions.Time.Testing;
using VolunteerDW.Etl.Service;
using VolunteerDW.Host.Service.Cluster;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Service;

/// <summary>
/// A fire missed while every node was down runs once when a node starts again, for the fire it
/// stands for, and the log says so; so does a fire a node's shutdown stopped; runs a stopped node
/// left open are closed by a node that is alive.
/// </summary>
public sealed class CatchUpTests
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_semi_annual_reports_missed_while_the_service_was_down_are_written_on_start(WarehouseEngine engine)
    {
        var clock = new FakeTimeProvider(At(2027, 1, 14, 12));
        await using var service = await ScheduledAsync(engine, clock);

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
            caughtUp.Select(r => (r.Job, StoredTime.Read(r.ScheduledForUtc))));
        Assert.All(caughtUp, r => Assert.Equal(RunOutcomes.Succeeded, r.Outcome));
        Assert.True(File.Exists(Path.Combine(service.Reports, "2026H2", JobNames.SemiAnnualDraft, "semiannual-2026H2.ru.md")));
        Assert.True(File.Exists(Path.Combine(service.Reports, "2026H2", JobNames.SemiAnnualFinal, "semiannual-2026H2.kk.md")));
        Assert.Contains(service.Log.Entries, e => e.Level == LogLevel.Warning
            && e.Message.Contains("semiannual-final: running the fire of 2027-01-20 09:00 (Kazakhstan time) late, missed while the service was down", StringComparison.Ordinal));
        // The district deadline of the 6th passed before the service was first started: nothing to catch up.
        Assert.DoesNotContain(caughtUp, r => r.Job == JobNames.Tier1Deadline);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Runs_left_open_by_a_node_that_stopped_checking_in_are_closed_and_a_live_nodes_runs_are_not(WarehouseEngine engine)
    {
        var clock = new FakeTimeProvider(At(2027, 1, 14, 12));
        await using var service = await ServiceHarness.CreateAsync(engine, clock);
        var history = new JobHistory(service.Warehouse.Connections, clock);
        var cluster = new ClusterSettings();
        await using (var connection = await service.Warehouse.Connections.OpenAsync())
        {
            const string CheckIn = "INSERT INTO QRTZ_SCHEDULER_STATE (SCHED_NAME, INSTANCE_NAME, LAST_CHECKIN_TIME, CHECKIN_INTERVAL) VALUES ('vdw', @node, @ticks, 7500)";
            // Alive: checked in within its interval and the grace after it (7.5 s + 7.5 s). Silent: one tick past that.
            await connection.ExecuteAsync(CheckIn, new { node = "alive:1", ticks = (clock.GetUtcNow() - cluster.Failover).UtcTicks });
            await connection.ExecuteAsync(CheckIn, new { node = "silent:2", ticks = (clock.GetUtcNow() - cluster.Failover).UtcTicks - 1 });
            foreach (var (job, node) in new[] { (JobNames.Inbox, "alive:1"), (JobNames.SemiAnnualDraft, "silent:2"), (JobNames.Tier1Deadline, "gone:3") })
            {
                await connection.ExecuteAsync(
                    "INSERT INTO etl_job_run (job_name, scheduled_for_utc, started_at_utc, catch_up, instance) VALUES (@job, @at, @at, 0, @node)",
                    new { job, node, at = At(2027, 1, 14, 11).UtcDateTime });
            }
        }

        Assert.Equal(2, await history.CloseInterruptedAsync(cluster));
        var runs = await service.RunsAsync();
        Assert.Equal([("alive:1", null), ("silent:2", RunOutcomes.Interrupted), ("gone:3", RunOutcomes.Interrupted)], runs.Select(r => (r.Instance, r.Outcome)));
        Assert.Equal(0, await history.CloseInterruptedAsync(cluster));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Fires_a_nodes_shutdown_stopped_run_again_once_for_their_own_fire_as_a_node_starts(WarehouseEngine engine)
    {
        var clock = new FakeTimeProvider(At(2027, 1, 14, 12));
        await using var service = await ScheduledAsync(engine, clock);

        // What nodes stopped half-way left in the history: the semi-annual final stopped; the draft
        // stopped and then run again to the end; the district deadline stopped, and stopped again when
        // run again; the region deadline stopped and since turned off.
        foreach (var (job, fire, outcome) in new[]
        {
            (JobNames.SemiAnnualFinal, At(2026, 7, 20, 9), RunOutcomes.Stopped),
            (JobNames.SemiAnnualDraft, At(2026, 7, 15, 9), RunOutcomes.Stopped),
            (JobNames.SemiAnnualDraft, At(2026, 7, 15, 9), RunOutcomes.Succeeded),
            (JobNames.Tier1Deadline, At(2026, 10, 6, 9), RunOutcomes.Stopped),
            (JobNames.Tier1Deadline, At(2026, 10, 6, 9), RunOutcomes.Stopped),
            (JobNames.Tier2Deadline, At(2026, 10, 21, 9), RunOutcomes.Stopped),
        })
        {
            await RecordRunAsync(service, job, fire, outcome);
        }

        var history = new JobHistory(service.Warehouse.Connections, clock);
        Assert.Equal([(JobNames.SemiAnnualFinal, At(2026, 7, 20, 9)), (JobNames.Tier1Deadline, At(2026, 10, 6, 9)), (JobNames.Tier2Deadline, At(2026, 10, 21, 9))],
            (await history.StoppedFiresAsync()).Select(r => (r.Job, StoredTime.Read(r.ScheduledForUtc))));

        using (var second = service.BuildHost(("Jobs:tier2-deadline:Cron", "off")))
        {
            await second.StartAsync();
            await service.WaitForFinishedRunsAsync(2);
            await second.StopAsync();
        }

        var again = (await service.RunsAsync()).Where(r => r.Instance == JobHistory.Instance && r.Job != JobNames.ServiceStart).ToList();
        Assert.Equal([(JobNames.SemiAnnualFinal, At(2026, 7, 20, 9)), (JobNames.Tier1Deadline, At(2026, 10, 6, 9))],
            again.Select(r => (r.Job, StoredTime.Read(r.ScheduledForUtc))).Order());
        Assert.All(again, r => Assert.Equal((RunOutcomes.Succeeded, true), (r.Outcome, r.CatchUp)));
        Assert.True(File.Exists(Path.Combine(service.Reports, "2026H1", JobNames.SemiAnnualFinal, "semiannual-2026H1.kk.md")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(service.Reports, "2026Q3", JobNames.Tier1Deadline)));
        Assert.Contains(service.Log.Entries, e => e.Level == LogLevel.Warning && e.Message
            == "semiannual-final: the fire of 2026-07-20 09:00 (Kazakhstan time), stopped by the shutdown of node gone:7, is to run again");
        Assert.Contains(service.Log.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith(
            "tier1-deadline: running again the fire of 2026-10-06 09:00 (Kazakhstan time)", StringComparison.Ordinal));

        // Served, they are no longer fires to run again, and their triggers are gone; the region
        // deadline's waits for its job to be turned on again.
        Assert.Equal([JobNames.Tier2Deadline], (await history.StoppedFiresAsync()).Select(r => r.Job));
        await using var store = await service.Warehouse.Connections.OpenAsync();
        Assert.Equal(0L, await store.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = 'again'"));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_node_that_has_begun_to_stop_leaves_the_stopped_fires_to_a_node_that_stays(WarehouseEngine engine)
    {
        var clock = new FakeTimeProvider(At(2027, 1, 14, 12));
        await using var service = await ScheduledAsync(engine, clock);
        using var host = service.BuildHost();
        await host.StartAsync();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await RecordRunAsync(service, JobNames.SemiAnnualFinal, At(2026, 7, 20, 9), RunOutcomes.Stopped);

        // Its scheduler shut down, as it is while a run that began before the stop looks for stopped fires.
        await host.StopAsync();
        Assert.Equal(0, await host.Services.GetRequiredService<StoppedFires>().RunAgainAsync(scheduler));
        Assert.Single(await new JobHistory(service.Warehouse.Connections, clock).StoppedFiresAsync());
    }

    // A warehouse whose shared schedule a first node has put in place, started and stopped; the inbox off.
    private static async Task<ServiceHarness> ScheduledAsync(WarehouseEngine engine, TimeProvider clock)
    {
        var service = await ServiceHarness.CreateAsync(engine, clock, ("Jobs:inbox:Cron", "off"));
        using var first = service.BuildHost();
        await first.StartAsync();
        await first.StopAsync();
        return service;
    }

    // A run of a fire as a node since gone left it in the history.
    private static async Task RecordRunAsync(ServiceHarness service, string job, DateTimeOffset fire, string outcome)
    {
        await using var connection = await service.Warehouse.Connections.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO etl_job_run (job_name, scheduled_for_utc, started_at_utc, finished_at_utc, outcome, catch_up, instance, summary)
            VALUES (@job, @fire, @fire, @fire, @outcome, 0, 'gone:7', 'stopped by the shutdown of its node')
            """,
            new { job, fire = fire.UtcDateTime, outcome });
    }

    private static DateTimeOffset At(int year, int month, int day, int hour) => KazakhstanTime.At(new DateTime(year, month, day, hour, 0, 0));
}
