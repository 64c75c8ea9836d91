using Dapper;
using Microsoft.Extensions.Time.Testing;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Service;

/// <summary>
/// The schedule the nodes share, as each node's start leaves it: a job whose schedule is unchanged
/// keeps its trigger (and with it the fires it has missed), a changed one is replaced, one turned
/// off is taken out; every job asks for recovery and runs on one node at a time.
/// </summary>
public sealed class SharedScheduleTests
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_node_start_keeps_an_unchanged_trigger_replaces_a_changed_one_and_removes_one_turned_off(WarehouseEngine engine)
    {
        var clock = new FakeTimeProvider(KazakhstanTime.At(new DateTime(2026, 7, 1, 10, 0, 0)));
        await using var service = await ServiceHarness.CreateAsync(engine, clock);
        using (var first = service.BuildHost())
        {
            await first.StartAsync();
            await first.StopAsync();
        }

        var before = await TriggersAsync(service);
        Assert.Equal(["inbox", "semiannual-draft", "semiannual-final", "tier1-deadline", "tier2-deadline"], before.Keys);
        Assert.All(await JobsAsync(service), job => Assert.Equal((1L, 1L, 1L), (job.Durable, job.NonConcurrent, job.RequestsRecovery)));

        clock.Advance(TimeSpan.FromDays(2));
        using (var second = service.BuildHost(("Jobs:inbox:Cron", "0 0/2 * * * ?"), ("Jobs:tier2-deadline:Cron", "off")))
        {
            await second.StartAsync();
            await second.StopAsync();
        }

        var after = await TriggersAsync(service);
        Assert.Equal(["inbox", "semiannual-draft", "semiannual-final", "tier1-deadline"], after.Keys);
        Assert.Equal(("0 0/2 * * * ?", "Asia/Almaty"), (after["inbox"].Cron, after["inbox"].Zone));
        Assert.True(after["inbox"].Start > before["inbox"].Start, "the changed trigger was not replaced");
        Assert.Equal(before["tier1-deadline"], after["tier1-deadline"]);
        Assert.Equal(before["semiannual-final"], after["semiannual-final"]);
        Assert.Contains(service.Log.Entries, e => e.Message == "Shared schedule: inbox: 0 0/5 * * * ? changed to 0 0/2 * * * ?");
        Assert.Contains(service.Log.Entries, e => e.Message == "Shared schedule: tier2-deadline: turned off");
        // Scheduled by the first start, and left alone by the second.
        Assert.Equal(["Shared schedule: tier1-deadline: scheduled 0 0 9 6 1,4,7,10 ?"],
            service.Log.Entries.Where(e => e.Message.StartsWith("Shared schedule: tier1-deadline", StringComparison.Ordinal)).Select(e => e.Message));
    }

    private static async Task<Dictionary<string, (string Cron, string Zone, long Start)>> TriggersAsync(ServiceHarness service)
    {
        await using var connection = await service.Warehouse.Connections.OpenAsync();
        var rows = await connection.QueryAsync<(string Name, string Cron, string Zone, long Start)>(
            """
            SELECT t.TRIGGER_NAME, c.CRON_EXPRESSION, c.TIME_ZONE_ID, t.START_TIME
            FROM QRTZ_TRIGGERS t JOIN QRTZ_CRON_TRIGGERS c ON c.SCHED_NAME = t.SCHED_NAME AND c.TRIGGER_NAME = t.TRIGGER_NAME AND c.TRIGGER_GROUP = t.TRIGGER_GROUP
            WHERE t.SCHED_NAME = 'vdw' ORDER BY t.TRIGGER_NAME
            """);
        return rows.ToDictionary(r => r.Name, r => (r.Cron, r.Zone, r.Start), StringComparer.Ordinal);
    }

    private static async Task<List<(long Durable, long NonConcurrent, long RequestsRecovery)>> JobsAsync(ServiceHarness service)
    {
        await using var connection = await service.Warehouse.Connections.OpenAsync();
        return [.. await connection.QueryAsync<(long, long, long)>(
            "SELECT CAST(IS_DURABLE AS INT), CAST(IS_NONCONCURRENT AS INT), CAST(REQUESTS_RECOVERY AS INT) FROM QRTZ_JOB_DETAILS WHERE SCHED_NAME = 'vdw'")];
    }
}
