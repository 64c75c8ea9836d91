using System.Net;
using Dapper;
using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Diagnostics;

namespace VolunteerDW.Tests.Service;

/// <summary>
/// Two <c>vdw serve</c> nodes on one warehouse, as processes: they share one schedule, each fire
/// runs on one of them, a load cut off by a node's death is finished by the other, and a report cut
/// short by a node's shutdown is written again by the other. Every wait is
/// for a line a node writes; none for a length of time.
/// </summary>
public sealed class ClusterProcessTests
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Two_nodes_share_a_schedule_of_every_second_and_each_fire_runs_once_on_one_of_them(WarehouseEngine engine)
    {
        await using var service = await ServiceHarness.CreateAsync(engine, TimeProvider.System);

        // Three nodes in turn, each started while the one before still runs and that one then stopped:
        // fires go to whichever node is free, and a node that leaves leaves its share to the next.
        await using var first = Node(service);
        await first.WaitForRunsAsync(3);
        await using var second = await HandOverAsync(service, first);
        await using var third = await HandOverAsync(service, second);
        var last = await third.WaitForNodeAsync();
        third.Terminate();
        Assert.Equal(0, await third.WaitForExitAsync());

        // Every fire is served once, by one node: a run stopped by its leaving node's shutdown is run
        // again for its fire by the next node (only the last node's can be left, with no node after it).
        var runs = (await service.RunsAsync()).Where(r => r.Job == "inbox").ToList();
        Assert.All(runs, r => Assert.True(r.Outcome is "idle" or "succeeded" or "stopped", $"{r.Instance}: {r.Outcome} {r.Summary}"));
        foreach (var fire in runs.GroupBy(r => r.ScheduledForUtc))
        {
            var served = fire.OrderBy(r => r.JobRunKey).ToList();
            Assert.All(served.SkipLast(1), r => Assert.Equal("stopped", r.Outcome));
            Assert.True(served[^1].Outcome != "stopped" || served[^1].Instance == last,
                $"the fire of {fire.Key:O}, stopped on {served[^1].Instance}, was not run again");
        }

        Assert.All(runs, r => Assert.Equal(0, r.ScheduledForUtc.Ticks % TimeSpan.TicksPerSecond));
        Assert.Equal(3, runs.Select(r => r.Instance).Distinct().Count());
        // One run of the job at a time across the nodes: each starts after the one before it ended.
        var ordered = runs.OrderBy(r => r.StartedAtUtc).ToList();
        Assert.All(ordered.Zip(ordered.Skip(1)), pair => Assert.True(pair.Second.StartedAtUtc >= pair.First.FinishedAtUtc,
            $"{pair.Second.Instance} started the fire of {pair.Second.ScheduledForUtc:O} at {pair.Second.StartedAtUtc:O}, "
            + $"before {pair.First.Instance} ended that of {pair.First.ScheduledForUtc:O} at {pair.First.FinishedAtUtc:O}"));
    }

    [Fact]
    public async Task A_node_killed_in_the_middle_of_a_long_inbox_load_is_recovered_by_the_other_and_every_return_loads_once()
    {
        await using var service = await ServiceHarness.CreateAsync(WarehouseEngine.Sqlite, TimeProvider.System);
        var inbox = Directory.CreateDirectory(service.Inbox).FullName;
        var copies = Directory.CreateDirectory(Path.Combine(service.Warehouse.Folder, "copies")).FullName;
        foreach (var unit in await service.DistrictsAsync(65))
        {
            var path = ServiceHarness.Rested(new ReturnBuilder(unit).WriteTo(inbox));
            File.Copy(path, Path.Combine(copies, Path.GetFileName(path)));
            File.SetLastWriteTimeUtc(Path.Combine(copies, Path.GetFileName(path)), File.GetLastWriteTimeUtc(path));
        }

        // The first node stops as its load's second batch commits, and is killed there; the second,
        // started meanwhile, waits for the job, which runs on one node at a time.
        await using var first = Node(service, $"{FaultPoints.Committed}@2");
        var dead = await first.WaitForNodeAsync();
        await first.WaitForFaultPointAsync($"{FaultPoints.Committed}@2");
        await using var second = Node(service);
        await second.WaitForNodeAsync();
        await first.KillAsync();
        var waiting = Directory.GetFiles(inbox).Length;
        Assert.InRange(waiting, 1, 64);

        await second.WaitForLogAsync("inbox: running again the fire of");
        await second.WaitForLogAsync($"{waiting} file(s): {waiting} archived");
        second.Terminate();
        Assert.Equal(0, await second.WaitForExitAsync());

        await using var clean = await LoadHarness.CreateAsync(WarehouseEngine.Sqlite);
        await clean.LoadAsync(new LoadOptions { Received = ReceivedTime.FileModified }, copies);
        await using var connection = await service.Warehouse.Connections.OpenAsync();
        Assert.Equal((await clean.FiguresAsync()).Fingerprint, (await WarehouseFigures.ReadAsync(connection)).Fingerprint);
        // Its work recovered, the dead node is no longer one of the service's nodes.
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE WHERE INSTANCE_NAME = @dead", new { dead }));
        Assert.Equal(65L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT unit_kato) FROM dim_submission WHERE version = 1"));
        Assert.Empty(Directory.GetFiles(inbox));
        // The dead node's run is closed as interrupted, and its fire run again by the other node. Which
        // of the other node's runs files the rest — that recovery, or the schedule's next fire, freed
        // by it — is the scheduler's choice; that the rest is filed, once, is what counts (above).
        var runs = (await service.RunsAsync()).Where(r => r.Job == "inbox").ToList();
        var cutOff = Assert.Single(runs, r => r.Outcome == "interrupted");
        Assert.Equal(dead, cutOff.Instance);
        Assert.Contains(runs, r => r.CatchUp && r.ScheduledForUtc == cutOff.ScheduledForUtc && r.Instance != dead && r.Outcome is "succeeded" or "idle");
    }

    [Fact]
    public async Task A_deadline_report_stopped_by_its_nodes_shutdown_is_written_again_by_the_other_node_for_the_same_fire()
    {
        await using var service = await ServiceHarness.CreateAsync(WarehouseEngine.Sqlite, TimeProvider.System);
        // The district deadline every second, beside the inbox; the first node stops in its first
        // deadline run, between two regions' reports, and is asked to stop there while the second runs.
        (string, string) everySecond = ("Jobs__tier1-deadline__Cron", "* * * * * ?");
        await using var leaving = Node(service, FaultPoints.BetweenReports, everySecond);
        var left = await leaving.WaitForNodeAsync();
        await leaving.WaitForFaultPointAsync(FaultPoints.BetweenReports);
        await using var staying = Node(service, null, everySecond);
        await staying.WaitForNodeAsync();
        leaving.Terminate();
        await leaving.WaitForLogAsync("Application is shutting down...");
        await leaving.ContinueAsync();
        Assert.Equal(0, await leaving.WaitForExitAsync());

        await staying.WaitForLogAsync($"stopped by the shutdown of node {left}, is to run again");
        var finished = await staying.WaitForLogAfterAsync("tier1-deadline: running again the fire of", "tier1-deadline: ");
        staying.Terminate();
        Assert.Equal(0, await staying.WaitForExitAsync());

        var runs = (await service.RunsAsync()).Where(r => r.Job == "tier1-deadline").ToList();
        var stopped = Assert.Single(runs, r => r.Instance == left);
        Assert.Equal(("stopped", "stopped by the shutdown of its node before it finished"), (stopped.Outcome, stopped.Summary));
        var again = Assert.Single(runs, r => r.ScheduledForUtc == stopped.ScheduledForUtc && r.Instance != left);
        Assert.Equal(("succeeded", true), (again.Outcome, again.CatchUp));
        Assert.StartsWith("tier1-deadline: succeeded in ", finished, StringComparison.Ordinal);
        Assert.Equal(again.Summary, finished[(finished.IndexOf(" s: ", StringComparison.Ordinal) + 4)..]);
    }

    [Fact]
    public async Task A_person_signed_in_on_a_node_that_dies_carries_on_on_the_other_and_sends_a_return_there()
    {
        await using var service = await ServiceHarness.CreateAsync(WarehouseEngine.Sqlite, TimeProvider.System);
        var added = await CliRun.WithInputAsync(PortalHost.Password + "\n",
            ["users", "add", "semey.officer", "--role", PortalRoles.DistrictOfficer, "--unit", "101000000", .. service.Warehouse.CliOptions]);
        Assert.True(added.ExitCode == 0, added.Error);
        await using var first = Node(service);
        await using var second = Node(service);
        var cookies = new CookieContainer();
        using var onFirst = Browser(cookies, await AddressAsync(first));
        using var onSecond = Browser(cookies, await AddressAsync(second));

        Assert.Equal(HttpStatusCode.Redirect, (await PortalHost.SignInAsync(onFirst, "semey.officer", PortalHost.Password)).StatusCode);
        await first.KillAsync();

        using var home = await onSecond.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var result = await PortalHost.UploadAsync(onSecond, new ReturnBuilder("101000000"), "101000000_2026Q2.xlsx");
        Assert.Contains("101000000_2026Q2.xlsx", result, StringComparison.Ordinal);
        await using var connection = await service.Warehouse.Connections.OpenAsync();
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM dim_submission WHERE unit_kato = '101000000'"));
        second.Terminate();
        Assert.Equal(0, await second.WaitForExitAsync());
    }

    private static async Task<string> AddressAsync(VdwProcess node) =>
        (await node.WaitForOutputAsync(line => line.StartsWith("Portal: ", StringComparison.Ordinal), "the portal's address"))["Portal: ".Length..];

    // A browser's view of one node: the cookies it shares with its view of the other, no redirect followed.
    private static HttpClient Browser(CookieContainer cookies, string address) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };

    private static async Task<VdwProcess> HandOverAsync(ServiceHarness service, VdwProcess leaving)
    {
        var next = Node(service);
        await next.WaitForNodeAsync();
        leaving.Terminate();
        Assert.Equal(0, await leaving.WaitForExitAsync());
        await next.WaitForRunsAsync(3);
        // Whatever the leaving node's stop cut short, the next runs again before it leaves in its turn.
        var stopped = leaving.LogLines().Count(l => l.GetProperty("Message").GetString()!.StartsWith("inbox: stopped in ", StringComparison.Ordinal));
        await next.WaitForLogCountAsync("inbox: running again the fire of", stopped);
        return next;
    }

    // A node as ServiceProcess.Serve runs one, with each run it starts in its log.
    private static VdwProcess Node(ServiceHarness service, string? fault = null, params (string Key, string Value)[] settings) =>
        ServiceProcess.Serve(service, fault, [("Logging__LogLevel__VolunteerDW.Host.Service.JobRunRecorder", "Debug"), .. settings]);
}
