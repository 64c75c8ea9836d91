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
/// runs on one of them, and a load cut off by a node's death is finished by the other. Every wait is
/// for a line a node writes; none for a length of time.
/// </summary>
public sealed class ClusterProcessTests
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Two_nodes_share_a_schedule_of_every_second_and_each_fire_runs_once_on_one_of_them(WarehouseEngine engine)
    {
        await using var service = await ServiceHarness.CreateAsync(engine, TimeProvider.System);

        // Three nodes in turn, each started while the one before still runs and that one then stopped:
        // fires go to whichever node is free, and a node that leaves hands its share to the next.
        await using var first = Node(service);
        await first.WaitForRunsAsync(3);
        await using var second = await HandOverAsync(service, first);
        await using var third = await HandOverAsync(service, second);
        third.Terminate();
        Assert.Equal(0, await third.WaitForExitAsync());

        // A run stopped by its leaving node's shutdown ends there (what it left waits for the next
        // run, on any node); every fire is run once, by one node.
        var runs = (await service.RunsAsync()).Where(r => r.Job == "inbox").ToList();
        Assert.All(runs, r => Assert.True(r.Outcome is "idle" or "succeeded" or "stopped", $"{r.Instance}: {r.Outcome} {r.Summary}"));
        Assert.Equal(runs.Count, runs.Select(r => r.ScheduledForUtc).Distinct().Count());
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
        return next;
    }

    // A node as ServiceProcess.Serve runs one, with each run it starts in its log.
    private static VdwProcess Node(ServiceHarness service, string? fault = null) =>
        ServiceProcess.Serve(service, fault, ("Logging__LogLevel__VolunteerDW.Host.Service.JobRunRecorder", "Debug"));
}
