using System.Text.RegularExpressions;
using Dapper;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Checks;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Diagnostics;

namespace VolunteerDW.Tests.Service;

/// <summary>
/// <c>vdw serve</c> as an operator runs it: killed and stopped at a named step of a load, started
/// twice, and loading beside <c>vdw load</c>. Every wait is for something the program writes.
/// </summary>
public sealed class ServiceProcessTests
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_service_killed_during_a_load_leaves_nothing_of_the_submission_and_loads_it_whole_after_a_restart(WarehouseEngine engine)
    {
        await using var service = await ServiceHarness.CreateAsync(engine, TimeProvider.System);
        var file = ServiceHarness.Rested(new ReturnBuilder("101000000").WriteTo(Inbox(service)));

        await using (var first = ServiceProcess.Serve(service, FaultPoints.Conformed))
        {
            await first.WaitForFaultPointAsync(FaultPoints.Conformed);
            await first.KillAsync();
        }

        Assert.Equal(0, await Scalar(service, "SELECT COUNT(*) FROM dim_submission"));
        Assert.Equal(0, await Scalar(service, "SELECT COUNT(*) FROM fact_programme"));
        Assert.True(File.Exists(file), "the file left the inbox before its load committed");
        Assert.Equal(1, await Scalar(service, "SELECT COUNT(*) FROM etl_job_run WHERE job_name = 'inbox' AND finished_at_utc IS NULL"));
        Assert.Equal(1, await Scalar(service, "SELECT COUNT(*) FROM etl_run WHERE run_kind = 'load' AND finished_at_utc IS NULL"));
        Assert.All(await new DataTestRunner(service.Warehouse.Connections).RunAsync(), r => Assert.True(r.Passed, r.Test.Name));

        await using (var second = ServiceProcess.Serve(service))
        {
            await second.WaitForLogAsync("Archived 101000000_2026Q2.xlsx as ");
            second.Terminate();
            Assert.Equal(0, await second.WaitForExitAsync());
            Assert.Contains(second.LogLines(), l => l.GetProperty("Message").GetString()!.StartsWith(
                "1 run(s) left unfinished by a node that is no longer running are recorded as interrupted", StringComparison.Ordinal));
        }

        Assert.Equal(1, await Scalar(service, "SELECT COUNT(*) FROM dim_submission WHERE version = 1"));
        Assert.Equal(2, await Scalar(service, "SELECT COUNT(*) FROM fact_programme"));
        Assert.False(File.Exists(file));
        Assert.Equal(1, await Scalar(service, "SELECT COUNT(*) FROM etl_job_run WHERE job_name = 'inbox' AND outcome = 'interrupted'"));
        Assert.Equal(["interrupted", "succeeded"], await Strings(service, "SELECT outcome FROM etl_run WHERE run_kind = 'load' ORDER BY run_key"));
        Assert.Equal(0, await Scalar(service, "SELECT COUNT(*) FROM etl_job_run WHERE finished_at_utc IS NULL"));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Stopped_between_two_submissions_the_service_keeps_and_archives_the_first_leaves_the_second_and_records_both(WarehouseEngine engine)
    {
        await using var service = await ServiceHarness.CreateAsync(engine, TimeProvider.System);
        var first = ServiceHarness.Rested(new ReturnBuilder("101000000").WriteTo(Inbox(service)));
        var second = ServiceHarness.Rested(new ReturnBuilder("103400000").WriteTo(Inbox(service)));

        await using (var serve = ServiceProcess.Serve(service, FaultPoints.BetweenSubmissions))
        {
            await serve.WaitForFaultPointAsync(FaultPoints.BetweenSubmissions);
            serve.Terminate();
            await serve.WaitForLogAsync("Application is shutting down...");
            await serve.ContinueAsync();
            Assert.Equal(0, await serve.WaitForExitAsync());
        }

        Assert.Equal(["101000000"], await Strings(service, "SELECT unit_kato FROM dim_submission"));
        Assert.False(File.Exists(first));
        Assert.Single(Archived(service));
        Assert.True(File.Exists(second), "the second file left the inbox though it was not loaded");
        var run = (await service.RunsAsync()).Single(r => r.Job == "inbox");
        Assert.Equal(("stopped", "stopped by the shutdown of its node: 1 file(s): 1 archived (1 workbook(s) loaded, 9 fact rows), 0 quarantined; "
            + "1 file(s) left in the inbox for the next run"), (run.Outcome, run.Summary));
        Assert.Equal(["stopped"], await Strings(service, "SELECT outcome FROM etl_run WHERE run_kind = 'load'"));
        Assert.All(await new DataTestRunner(service.Warehouse.Connections).RunAsync(), r => Assert.True(r.Passed, r.Test.Name));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Files_leave_the_inbox_batch_by_batch_so_a_crash_after_a_commit_reads_only_the_rest_again(WarehouseEngine engine)
    {
        await using var service = await ServiceHarness.CreateAsync(engine, TimeProvider.System);
        var units = (await service.DistrictsAsync(65)).ToList();
        foreach (var unit in units)
        {
            ServiceHarness.Rested(new ReturnBuilder(unit).WriteTo(Inbox(service)));
        }

        // 65 returns make at least two batches: stop as the second commits, before its files are moved.
        await using (var serve = ServiceProcess.Serve(service, $"{FaultPoints.Committed}@2"))
        {
            await serve.WaitForFaultPointAsync($"{FaultPoints.Committed}@2");
            await serve.KillAsync();
        }

        var archived = Archived(service).Select(path => Path.GetFileName(path)[16..25]).ToHashSet(StringComparer.Ordinal);
        var waiting = Directory.GetFiles(service.Inbox).Select(path => Path.GetFileName(path)[..9]).ToList();
        var loaded = (await Strings(service, "SELECT unit_kato FROM dim_submission")).ToHashSet(StringComparer.Ordinal);
        Assert.InRange(archived.Count, 1, WriteBatchSize);
        Assert.NotEmpty(waiting);
        Assert.Equal(units.Count, archived.Count + waiting.Count);
        Assert.Subset(loaded, archived);

        await using (var again = ServiceProcess.Serve(service))
        {
            await again.WaitForLogAsync($"{waiting.Count} file(s): {waiting.Count} archived");
            again.Terminate();
            Assert.Equal(0, await again.WaitForExitAsync());
        }

        Assert.Equal(units.Count, Archived(service).Length);
        Assert.Equal(units.Count, await Scalar(service, "SELECT COUNT(*) FROM dim_submission WHERE version = 1"));
        Assert.Equal(units.Count, await Scalar(service, "SELECT COUNT(*) FROM dim_submission"));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_second_service_on_the_same_warehouse_joins_the_first_and_status_lists_both_nodes(WarehouseEngine engine)
    {
        await using var service = await ServiceHarness.CreateAsync(engine, TimeProvider.System);
        ServiceHarness.Rested(new ReturnBuilder("101000000").WriteTo(Inbox(service)));
        Directory.CreateDirectory(service.Quarantine);
        await File.WriteAllTextAsync(Path.Combine(service.Quarantine, "old.xlsx"), "x");
        await File.WriteAllTextAsync(Path.Combine(service.Quarantine, "old.xlsx.errors.txt"), "x");
        await using var first = ServiceProcess.Serve(service);
        await first.WaitForLogAsync("inbox: succeeded");
        await using var second = ServiceProcess.Serve(service);
        var node = await second.WaitForNodeAsync();

        await using var status = ServiceProcess.Start(service, ["status"]);
        Assert.Equal(0, await status.WaitForExitAsync());
        Assert.Contains("Service: running; last started ", status.Output, StringComparison.Ordinal);
        Assert.Matches($@"  node {Regex.Escape(node)}: alive, last checked in \d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d", status.Output);
        Assert.Equal(2, Regex.Count(status.Output, @"  node [^ ]+: alive, last checked in "));
        Assert.Contains("Quarantine: 1 file(s)", status.Output, StringComparison.Ordinal);
        Assert.Contains("Inbox:      0 file(s) waiting", status.Output, StringComparison.Ordinal);
        Assert.Matches(@"inbox\s+0 0/5 \* \* \* \?\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+\d{4}-\d\d-\d\d \d\d:\d\d (idle|succeeded)", status.Output);
        Assert.Contains("1 file(s): 1 archived (1 workbook(s) loaded", status.Output, StringComparison.Ordinal);

        first.Terminate();
        second.Terminate();
        Assert.Equal(0, await first.WaitForExitAsync());
        Assert.Equal(0, await second.WaitForExitAsync());
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Vdw_load_and_the_service_wait_for_each_other_and_load_nothing_twice(WarehouseEngine engine)
    {
        await using var service = await ServiceHarness.CreateAsync(engine, TimeProvider.System);
        var inbox = Inbox(service);
        var folder = Directory.CreateDirectory(Path.Combine(service.Warehouse.Folder, "by-hand")).FullName;
        ServiceHarness.Rested(new ReturnBuilder("101000000").WriteTo(inbox));
        foreach (var unit in (await service.DistrictsAsync(21)).Where(u => u != "101000000").Take(20))
        {
            var path = ServiceHarness.Rested(new ReturnBuilder(unit).WriteTo(folder));
            ServiceHarness.Rested(new ReturnBuilder(unit).WriteTo(inbox));
            Assert.Equal(await File.ReadAllBytesAsync(path), await File.ReadAllBytesAsync(Path.Combine(inbox, Path.GetFileName(path))));
        }

        // A load of the test's own holds the warehouse until both the service and vdw load have found it busy.
        var held = await WarehouseLock.TryEnterAsync(service.Warehouse.Connections, WarehouseLock.Load, TimeSpan.Zero);
        Assert.NotNull(held);
        await using var serve = ServiceProcess.Serve(service);
        await using var load = ServiceProcess.Start(service, ["load", folder]);
        await serve.WaitForLogAsync("Another load is running on the warehouse; 21 file(s) wait for the next scan");
        await load.WaitForErrorAsync(line => line.Contains("Another load is running on this warehouse; waiting for it to end", StringComparison.Ordinal), "vdw load waiting");
        await held.DisposeAsync();
        Assert.Equal(0, await load.WaitForExitAsync());
        await serve.WaitForLogAsync("21 file(s): 21 archived");
        serve.Terminate();
        Assert.Equal(0, await serve.WaitForExitAsync());

        Assert.Contains(await service.RunsAsync(), r => r.Job == "inbox" && r.Outcome == "skipped");
        Assert.Equal(21, await Scalar(service, "SELECT COUNT(*) FROM dim_submission WHERE version = 1"));
        Assert.Equal(21, await Scalar(service, "SELECT COUNT(*) FROM dim_submission"));
        Assert.All(await new DataTestRunner(service.Warehouse.Connections).RunAsync(), r => Assert.True(r.Passed, r.Test.Name));
        var loads = await Runs(service);
        Assert.Equal(2, loads.Count);
        Assert.True(loads[1].Started >= loads[0].Finished, $"a load started at {loads[1].Started:O} while another ran until {loads[0].Finished:O}");
    }

    private const int WriteBatchSize = VolunteerDW.Etl.Loading.WriteBatch.MaxSubmissions;

    private static string Inbox(ServiceHarness service) => Directory.CreateDirectory(service.Inbox).FullName;

    private static string[] Archived(ServiceHarness service) =>
        Directory.Exists(service.Archive) ? Directory.GetFiles(service.Archive, "*", SearchOption.AllDirectories) : [];

    private static async Task<long> Scalar(ServiceHarness service, string sql)
    {
        await using var connection = await service.Warehouse.Connections.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    private static async Task<List<string>> Strings(ServiceHarness service, string sql)
    {
        await using var connection = await service.Warehouse.Connections.OpenAsync();
        return [.. await connection.QueryAsync<string>(sql)];
    }

    private static async Task<List<(DateTime Started, DateTime Finished)>> Runs(ServiceHarness service)
    {
        await using var connection = await service.Warehouse.Connections.OpenAsync();
        return [.. (await connection.QueryAsync<(DateTime, DateTime)>(
            "SELECT started_at_utc, finished_at_utc FROM etl_run WHERE run_kind = 'load' ORDER BY started_at_utc, run_key"))];
    }
}
