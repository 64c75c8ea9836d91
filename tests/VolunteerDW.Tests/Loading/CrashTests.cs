using Microsoft.Data.Sqlite;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Diagnostics;
using VolunteerDW.Warehouse.Migrations;

namespace VolunteerDW.Tests.Loading;

/// <summary>
/// <c>vdw load</c> and <c>vdw migrate</c> killed at each named step (<see cref="FaultPoints"/>):
/// the warehouse passes <c>vdw check</c>, holds every submission whole or not at all, and the same
/// files load whole afterwards, as they would have without the crash.
/// </summary>
public sealed class CrashTests
{
    private const string Received = "2026-07-08T10:00";

    public static TheoryData<string> LoadSteps =>
        [FaultPoints.Staging, FaultPoints.Conformed, FaultPoints.BetweenSubmissions, FaultPoints.Committed, FaultPoints.Timeliness];

    [Theory, SqliteEngine(nameof(LoadSteps)), SqlServerEngine(nameof(LoadSteps))]
    public async Task A_load_killed_at_a_named_step_leaves_each_submission_whole_or_absent_and_the_files_load_whole_after(string step, WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var returns = WriteReturns(harness.Folder);
        await using var uncut = await LoadHarness.CreateAsync(engine);
        await uncut.LoadAsync(returns);

        await using (var load = Load(harness, returns, step))
        {
            await load.WaitForFaultPointAsync(step);
            await load.KillAsync();
        }

        var loaded = await harness.QueryAsync<string>("SELECT unit_kato FROM dim_submission");
        // Cut in its first submission, nothing is in; cut in a batch, not all of it; cut after a commit, something.
        Assert.InRange(loaded.Count, step switch
        {
            FaultPoints.Committed => 1,
            FaultPoints.Timeliness => Units.Length,
            _ => 0,
        }, step switch
        {
            FaultPoints.Staging or FaultPoints.Conformed => 0,
            FaultPoints.BetweenSubmissions => Units.Length - 1,
            _ => Units.Length,
        });

        foreach (var unit in Units)
        {
            Assert.Equal(loaded.Contains(unit) ? await FactRowsAsync(uncut, unit) : 0, await FactRowsAsync(harness, unit));
        }

        Assert.Equal(0, await harness.ScalarAsync<long>(
            "SELECT (SELECT COUNT(*) FROM stg_subject_count) + (SELECT COUNT(*) FROM stg_programme) + (SELECT COUNT(*) FROM stg_practice)"));
        Assert.Equal(1, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM etl_run WHERE run_kind = 'load' AND finished_at_utc IS NULL"));
        await PassesCheckAsync(harness.Warehouse);

        var again = await harness.LoadAsync(returns);

        Assert.All(again.Results, r => Assert.Equal(loaded.Contains(r.UnitKato!) ? LoadOutcome.AlreadyLoaded : LoadOutcome.Loaded, r.Outcome));
        Assert.Equal((await uncut.FiguresAsync()).Fingerprint, (await harness.FiguresAsync()).Fingerprint);
        Assert.Equal(["interrupted", "succeeded"], await harness.QueryAsync<string>("SELECT outcome FROM etl_run WHERE run_kind = 'load' ORDER BY run_key"));
        await PassesCheckAsync(harness.Warehouse);
    }

    [Fact]
    public async Task A_migration_killed_between_two_scripts_keeps_the_first_and_the_next_migrate_applies_the_rest()
    {
        await using var warehouse = await TestWarehouse.EmptyAsync(WarehouseEngine.Sqlite);
        var connection = warehouse.Settings.ConnectionString;

        await using (var migrate = VdwProcess.Start(["migrate", "--connection", connection], warehouse.Folder,
            [(FaultPoints.Variable, FaultPoints.BetweenMigrations)]))
        {
            await migrate.WaitForFaultPointAsync(FaultPoints.BetweenMigrations);
            await migrate.KillAsync();
        }

        var scripts = MigrationScripts.For(WarehouseEngine.Sqlite).Select(s => s.Name).ToList();
        Assert.Equal([scripts[0]], await QueryAsync(warehouse, $"SELECT scriptname FROM {WarehouseMigrator.JournalTable}"));
        Assert.Empty(await QueryAsync(warehouse, "SELECT name FROM sqlite_master WHERE name = 'dim_region'"));

        var again = await CliRun.ExecuteAsync("migrate", "--connection", connection);

        Assert.Equal(0, again.ExitCode);
        Assert.DoesNotContain(scripts[0], again.Output, StringComparison.Ordinal);
        Assert.All(scripts.Skip(1), name => Assert.Contains($"applied  {name}", again.Output, StringComparison.Ordinal));
        await PassesCheckAsync(warehouse);
        var load = await CliRun.ExecuteAsync("load", WriteReturns(warehouse.Folder), "--connection", connection, "--received", Received);
        Assert.True(load.ExitCode == 0, load.Output + load.Error);
        Assert.Contains($"{Units.Length} workbook(s): {Units.Length} loaded, 0 already loaded, 0 rejected", load.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fault_point_that_does_not_exist_is_refused_rather_than_never_reached()
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);

        await using var check = VdwProcess.Start(["check", "--connection", warehouse.Settings.ConnectionString], warehouse.Folder,
            [(FaultPoints.Variable, "load.nowhere")]);

        Assert.Equal(2, await check.WaitForExitAsync());
        Assert.StartsWith("vdw: VDW_FAULT names no fault point 'load.nowhere'; the points are load.staging, ", check.Error, StringComparison.Ordinal);
    }

    // A region's package (its own return and two districts') and a district's return sent on its own: four submissions.
    private static readonly string[] Units = ["100000000", "101000000", "103200000", "103400000"];

    private static string WriteReturns(string scratch)
    {
        var folder = Directory.CreateDirectory(Path.Combine(scratch, "returns")).FullName;
        ZipBuilder.Write(Path.Combine(folder, "100000000.zip"),
            ("100000000.xlsx", Bytes(scratch, new ReturnBuilder("100000000", isRegion: true))),
            ("101000000.xlsx", Bytes(scratch, new ReturnBuilder("101000000"))),
            ("103200000.xlsx", Bytes(scratch, new ReturnBuilder("103200000"))));
        new ReturnBuilder("103400000").WriteTo(folder);
        return folder;
    }

    private static byte[] Bytes(string scratch, ReturnBuilder builder) => File.ReadAllBytes(builder.WriteTo(scratch, $"{Guid.NewGuid():N}.xlsx"));

    private static VdwProcess Load(LoadHarness harness, string returns, string step) => VdwProcess.Start(
        ["load", returns, .. harness.Warehouse.CliOptions, "--received", Received],
        harness.Folder, [(FaultPoints.Variable, step)]);

    private static Task<long> FactRowsAsync(LoadHarness harness, string unit) => harness.ScalarAsync<long>(
        """
        SELECT (SELECT COUNT(*) FROM fact_subjects f JOIN dim_submission s ON s.submission_key = f.submission_key WHERE s.unit_kato = @unit)
             + (SELECT COUNT(*) FROM fact_programme f JOIN dim_submission s ON s.submission_key = f.submission_key WHERE s.unit_kato = @unit)
             + (SELECT COUNT(*) FROM fact_practice f JOIN dim_submission s ON s.submission_key = f.submission_key WHERE s.unit_kato = @unit)
             + (SELECT COUNT(*) FROM fact_region_claim f JOIN dim_submission s ON s.submission_key = f.submission_key WHERE s.unit_kato = @unit)
        """, new { unit });

    private static async Task PassesCheckAsync(TestWarehouse warehouse)
    {
        var check = await CliRun.ExecuteAsync(["check", .. warehouse.CliOptions]);
        Assert.True(check.ExitCode == 0, check.Output + check.Error);
    }

    private static async Task<List<string>> QueryAsync(TestWarehouse warehouse, string sql)
    {
        await using var connection = new SqliteConnection(warehouse.Settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
