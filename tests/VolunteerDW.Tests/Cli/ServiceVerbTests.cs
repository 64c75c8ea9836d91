using VolunteerDW.Etl.Service;
using VolunteerDW.Host.Service;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Cli;

/// <summary><c>vdw serve</c> refusing bad settings, and <c>vdw status</c> on a warehouse the service has never run on.</summary>
public sealed class ServiceVerbTests
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Serve_refuses_a_schedule_that_is_not_a_cron_expression_naming_the_key(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        var config = Path.Combine(warehouse.Folder, "service.json");
        await File.WriteAllTextAsync(config, """{ "Jobs": { "inbox": { "Cron": "every minute" } } }""");

        var run = await CliRun.ExecuteAsync(["serve", "--config", config, .. warehouse.CliOptions]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("vdw: Jobs:inbox:Cron of job 'inbox' is 'every minute', which is not a Quartz cron expression", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Serve_refuses_a_configuration_file_that_does_not_exist()
    {
        var run = await CliRun.ExecuteAsync("serve", "--config", "/nowhere/service.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("vdw: The configuration file /nowhere/service.json does not exist.", run.Error.Trim());
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Status_of_a_warehouse_the_service_never_ran_on_lists_each_job_with_its_next_fire(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        var inbox = Directory.CreateDirectory(Path.Combine(warehouse.Folder, "inbox")).FullName;
        await File.WriteAllTextAsync(Path.Combine(inbox, "101000000_2026Q3.xlsx.part"), "arriving");
        var config = Path.Combine(warehouse.Folder, "service.json");
        await File.WriteAllTextAsync(config, $$"""{ "Service": { "Inbox": "{{inbox}}", "Quarantine": "{{Path.Combine(warehouse.Folder, "q")}}" }, "Jobs": { "semiannual-final": { "Cron": "off" } } }""");

        // Status reads the real clock: its next fire is the one after a moment between these two.
        var before = NextTier2Fire();
        var run = await CliRun.ExecuteAsync(["status", "--config", config, .. warehouse.CliOptions]);
        var after = NextTier2Fire();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Service: not running; never started on this warehouse", run.Output, StringComparison.Ordinal);
        Assert.Matches($@"tier2-deadline\s+0 0 9 11 1,4,7,10 \?\s+({before}|{after})\s+never", run.Output);
        Assert.Matches(@"semiannual-final\s+off\s+—\s+never", run.Output);
        Assert.Contains("Inbox:      1 file(s) waiting, 1 still being written", run.Output, StringComparison.Ordinal);
        Assert.Contains("Quarantine: 0 file(s)", run.Output, StringComparison.Ordinal);
    }

    private static string NextTier2Fire()
    {
        var next = JobSchedule.Default(JobNames.Tier2Deadline).NextAfter(TimeProvider.System.GetUtcNow())!.Value;
        return $"{TimeZoneInfo.ConvertTime(next, KazakhstanTime.Zone):yyyy-MM-dd HH:mm}";
    }
}
