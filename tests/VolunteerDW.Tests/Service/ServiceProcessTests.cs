using Dapper;
using Microsoft.Data.Sqlite;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Checks;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;

namespace VolunteerDW.Tests.Service;

/// <summary><c>vdw serve</c> as an operator runs it: killed, stopped, started twice, and loading beside <c>vdw load</c>.</summary>
public sealed class ServiceProcessTests
{
    [Fact]
    public async Task A_service_killed_during_a_load_leaves_nothing_of_the_submission_and_loads_it_whole_after_a_restart()
    {
        await using var service = await ServiceHarness.CreateAsync(TimeProvider.System);
        var file = Rested(BigReturn.WriteTo(Directory.CreateDirectory(service.Inbox).FullName));

        await using (var first = ServiceProcess.Serve(service))
        {
            await first.WaitForAsync(() => WalBytes(service) > 2 * 1024 * 1024, "the submission's transaction writing to the log");
            await first.KillAsync();
        }

        Assert.Equal(0, await Scalar(service, "SELECT COUNT(*) FROM dim_submission"));
        Assert.Equal(0, await Scalar(service, "SELECT COUNT(*) FROM fact_programme"));
        Assert.True(File.Exists(file), "the file left the inbox before its load committed");
        Assert.Equal(1, await Scalar(service, "SELECT COUNT(*) FROM etl_job_run WHERE job_name = 'inbox' AND finished_at_utc IS NULL"));
        Assert.All(await new DataTestRunner(service.Warehouse.Connections).RunAsync(), r => Assert.True(r.Passed, r.Test.Name));

        await using (var second = ServiceProcess.Serve(service))
        {
            await second.WaitForAsync(() => Archived(service).Length == 1, "the file archived");
            await second.TerminateAsync();
            Assert.Equal(0, await second.WaitForExitAsync());
        }

        Assert.Equal(1, await Scalar(service, "SELECT COUNT(*) FROM dim_submission WHERE version = 1"));
        Assert.Equal(BigReturn.Programmes, await Scalar(service, "SELECT COUNT(*) FROM fact_programme"));
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task Stopped_during_a_load_the_service_finishes_or_rolls_back_the_submission_and_exits_cleanly()
    {
        await using var service = await ServiceHarness.CreateAsync(TimeProvider.System);
        var file = Rested(BigReturn.WriteTo(Directory.CreateDirectory(service.Inbox).FullName));

        await using (var serve = ServiceProcess.Serve(service))
        {
            await serve.WaitForAsync(() => WalBytes(service) > 2 * 1024 * 1024, "the submission's transaction writing to the log");
            await serve.TerminateAsync();
            Assert.Equal(0, await serve.WaitForExitAsync());
            Assert.Contains(serve.LogLines(), l => l.GetProperty("Message").GetString() == "Application is shutting down...");
        }

        var programmes = await Scalar(service, "SELECT COUNT(*) FROM fact_programme");
        var submissions = await Scalar(service, "SELECT COUNT(*) FROM dim_submission");
        Assert.True((programmes, submissions) is (0, 0) or (BigReturn.Programmes, 1), $"{submissions} submission(s), {programmes} programme rows");
        Assert.Equal(submissions == 0, File.Exists(file));
        Assert.Equal(submissions, Archived(service).Length);
        Assert.Equal(0, await Scalar(service, "SELECT COUNT(*) FROM etl_job_run WHERE finished_at_utc IS NULL"));
    }

    [Fact]
    public async Task A_second_service_on_the_same_warehouse_refuses_to_start_and_status_shows_the_first_running()
    {
        await using var service = await ServiceHarness.CreateAsync(TimeProvider.System);
        Rested(new ReturnBuilder("101000000").WriteTo(Directory.CreateDirectory(service.Inbox).FullName));
        Directory.CreateDirectory(service.Quarantine);
        await File.WriteAllTextAsync(Path.Combine(service.Quarantine, "old.xlsx"), "x");
        await File.WriteAllTextAsync(Path.Combine(service.Quarantine, "old.xlsx.errors.txt"), "x");
        await using var first = ServiceProcess.Serve(service);
        await first.WaitForAsync(() => Archived(service).Length == 1, "the file archived");

        await using var second = ServiceProcess.Serve(service);
        Assert.Equal(2, await second.WaitForExitAsync());
        Assert.Contains("another `vdw serve` is running on this warehouse", second.Error, StringComparison.Ordinal);

        await using var status = ServiceProcess.Start(service, ["status"]);
        Assert.Equal(0, await status.WaitForExitAsync());
        Assert.Contains("Service: running; last started ", status.Output, StringComparison.Ordinal);
        Assert.Contains("Quarantine: 1 file(s)", status.Output, StringComparison.Ordinal);
        Assert.Contains("Inbox:      0 file(s) waiting", status.Output, StringComparison.Ordinal);
        Assert.Matches(@"inbox\s+0 0/5 \* \* \* \?\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+\d{4}-\d\d-\d\d \d\d:\d\d (idle|succeeded)", status.Output);
        Assert.Contains("1 file(s): 1 archived (1 workbook(s) loaded", status.Output, StringComparison.Ordinal);

        await first.TerminateAsync();
        Assert.Equal(0, await first.WaitForExitAsync());
    }

    [Fact]
    public async Task Vdw_load_and_the_service_wait_for_each_other_and_load_nothing_twice()
    {
        await using var service = await ServiceHarness.CreateAsync(TimeProvider.System);
        var inbox = Directory.CreateDirectory(service.Inbox).FullName;
        var folder = Directory.CreateDirectory(Path.Combine(service.Warehouse.Folder, "by-hand")).FullName;
        Rested(BigReturn.WriteTo(inbox));
        foreach (var unit in (await DistrictsAsync(service, 21)).Where(u => u != "101000000").Take(20))
        {
            var path = Rested(new ReturnBuilder(unit).WriteTo(folder));
            Rested(new ReturnBuilder(unit).WriteTo(inbox));
            Assert.Equal(await File.ReadAllBytesAsync(path), await File.ReadAllBytesAsync(Path.Combine(inbox, Path.GetFileName(path))));
        }

        // A load of the test's own holds the warehouse until both the service and vdw load have found it busy.
        var held = await WarehouseLock.TryEnterAsync(service.Warehouse.Connections, WarehouseLock.Load, TimeSpan.Zero);
        Assert.NotNull(held);
        await using var serve = ServiceProcess.Serve(service);
        await using var load = ServiceProcess.Start(service, ["load", folder]);
        await serve.WaitForLogAsync("Another load is running on the warehouse; 21 file(s) wait for the next scan");
        await load.WaitForAsync(() => load.Error.Contains("Another load is running on this warehouse; waiting for it to end", StringComparison.Ordinal), "vdw load waiting");
        await held.DisposeAsync();
        Assert.Equal(0, await load.WaitForExitAsync());
        await serve.WaitForAsync(() => Archived(service).Length == 21, "all 21 files archived");
        await serve.TerminateAsync();
        Assert.Equal(0, await serve.WaitForExitAsync());

        Assert.Contains(await service.RunsAsync(), r => r.Job == "inbox" && r.Outcome == "skipped");
        Assert.Equal(21, await Scalar(service, "SELECT COUNT(*) FROM dim_submission WHERE version = 1"));
        Assert.Equal(21, await Scalar(service, "SELECT COUNT(*) FROM dim_submission"));
        Assert.All(await new DataTestRunner(service.Warehouse.Connections).RunAsync(), r => Assert.True(r.Passed, r.Test.Name));
        var loads = await Runs(service);
        Assert.Equal(2, loads.Count);
        Assert.True(loads[1].Started >= loads[0].Finished, $"a load started at {loads[1].Started:O} while another ran until {loads[0].Finished:O}");
    }

    private static string Rested(string path)
    {
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-10));
        return path;
    }

    private static string[] Archived(ServiceHarness service) =>
        Directory.Exists(service.Archive) ? Directory.GetFiles(service.Archive, "*", SearchOption.AllDirectories) : [];

    private static long WalBytes(ServiceHarness service)
    {
        var wal = new SqliteConnectionStringBuilder(service.Warehouse.Settings.ConnectionString).DataSource + "-wal";
        return File.Exists(wal) ? new FileInfo(wal).Length : 0;
    }

    private static async Task<long> Scalar(ServiceHarness service, string sql)
    {
        await using var connection = await service.Warehouse.Connections.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    private static async Task<List<(DateTime Started, DateTime Finished)>> Runs(ServiceHarness service)
    {
        await using var connection = await service.Warehouse.Connections.OpenAsync();
        return [.. (await connection.QueryAsync<(DateTime, DateTime)>(
            "SELECT started_at_utc, finished_at_utc FROM etl_run WHERE run_kind = 'load' ORDER BY started_at_utc, run_key"))];
    }

    private static async Task<IEnumerable<string>> DistrictsAsync(ServiceHarness service, int count)
    {
        await using var connection = await service.Warehouse.Connections.OpenAsync();
        var dimensions = await DimensionSnapshot.LoadAsync(connection);
        return dimensions.Units.Where(u => u.ReportingTier == 1 && u.ValidOn(20260630)).Select(u => u.KatoCode).Distinct().Order(StringComparer.Ordinal).Take(count);
    }
}
