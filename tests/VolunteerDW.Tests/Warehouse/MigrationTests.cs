using System.Data.Common;
using Dapper;
using DbUp.Engine;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Migrations;
using VolunteerDW.Warehouse.ReferenceData;

namespace VolunteerDW.Tests.Warehouse;

public sealed class MigrationTests
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Migrate_applies_every_shipped_script_once_and_then_nothing(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.EmptyAsync(engine);
        var migrator = new WarehouseMigrator(warehouse.Connections);

        var first = await migrator.MigrateAsync();
        var second = await migrator.MigrateAsync();

        Assert.Equal(MigrationScripts.For(engine).Select(s => s.Name), first);
        Assert.Contains(ReferenceDataScript.Name, first);
        Assert.Empty(second);
        Assert.Empty(await migrator.PendingAsync());
        await using var connection = await warehouse.Connections.OpenAsync();
        Assert.Equal(first.Count, await connection.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM {WarehouseMigrator.JournalTable}"));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_failing_migration_is_rolled_back_named_and_leaves_the_last_good_version(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.EmptyAsync(engine);
        var shipped = MigrationScripts.For(engine);
        var broken = new SqlScript("9999_broken.sql",
            "CREATE TABLE half_done (id INT NOT NULL);\nINSERT INTO half_done (id) VALUES (1);\nINSERT INTO no_such_table (id) VALUES (1);");

        var failure = await Assert.ThrowsAsync<MigrationFailedException>(
            () => new WarehouseMigrator(warehouse.Connections, [.. shipped, broken]).MigrateAsync());

        Assert.Equal("9999_broken.sql", failure.ScriptName);
        Assert.Contains("9999_broken.sql", failure.Message, StringComparison.Ordinal);
        Assert.Equal(shipped.Select(s => s.Name), failure.Applied);
        await using var connection = await warehouse.Connections.OpenAsync();
        Assert.Equal(shipped.Count, await connection.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM {WarehouseMigrator.JournalTable}"));
        Assert.False(await TableExistsAsync(connection, engine, "half_done"));
        Assert.Empty(await new WarehouseMigrator(warehouse.Connections).PendingAsync());
    }

    [Fact]
    public async Task A_SQLite_warehouse_holding_returns_upgrades_to_dated_population_keeping_every_unit_version_and_what_points_at_it()
    {
        await using var warehouse = await TestWarehouse.EmptyAsync(WarehouseEngine.Sqlite);
        var before = MigrationScripts.For(WarehouseEngine.Sqlite).Where(s => string.CompareOrdinal(s.Name, "0013") < 0).ToList();
        await new WarehouseMigrator(warehouse.Connections, before).MigrateAsync();
        await using (var connection = await warehouse.Connections.OpenAsync())
        {
            await connection.ExecuteAsync("""
                INSERT INTO etl_run (run_key, run_kind, started_at_utc) VALUES (1, 'load', '2026-07-08T05:00:00Z');
                INSERT INTO dim_submission (submission_key, unit_kato, region_sk, quarter_key, tier, version, status, file_name, content_hash, file_hash,
                                            format, submitted_on_key, received_at_utc, received_date_key, loaded_at_utc, load_run_key)
                SELECT 1, kato_code, region_sk, 20262, 2, 1, 'current', 'almaty.xlsx', printf('%064d', 1), printf('%064d', 2), 'v1', 20260705,
                       '2026-07-08T05:00:00Z', 20260708, '2026-07-08T05:00:00Z', 1
                FROM dim_region WHERE kato_code = '750000000' AND is_current = 1;
                """);
        }

        var units = await UnitVersionsAsync(warehouse);
        await new WarehouseMigrator(warehouse.Connections).MigrateAsync();

        await using var upgraded = await warehouse.Connections.OpenAsync();
        Assert.Equal(units, await UnitVersionsAsync(warehouse));
        Assert.Equal("750000000", await upgraded.ExecuteScalarAsync<string>("SELECT r.region_kato FROM dim_submission AS s JOIN dim_region AS r ON r.region_sk = s.region_sk"));
        Assert.Empty(await upgraded.QueryAsync("SELECT * FROM pragma_foreign_key_check"));
        Assert.DoesNotContain(await upgraded.QueryAsync<string>("SELECT name FROM pragma_table_info('dim_region')"), name => name.StartsWith("population", StringComparison.Ordinal));
        Assert.Equal(["ix_dim_region_parent", "ix_dim_region_validity", "ux_dim_region_current"],
            await upgraded.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'dim_region' AND sql IS NOT NULL ORDER BY name"));
        Assert.Equal(2_347_924, await upgraded.ExecuteScalarAsync<long>("SELECT population FROM v_units WHERE unit_kato = '750000000'"));
    }

    private static async Task<List<(long, string, long, string?, long)>> UnitVersionsAsync(TestWarehouse warehouse)
    {
        await using var connection = await warehouse.Connections.OpenAsync();
        return [.. await connection.QueryAsync<(long, string, long, string?, long)>(
            "SELECT region_sk, kato_code, valid_from_key, region_kato, is_current FROM dim_region ORDER BY region_sk")];
    }

    [Fact]
    public async Task A_SQLite_migration_that_leaves_a_row_pointing_nowhere_is_rolled_back_and_named()
    {
        await using var warehouse = await TestWarehouse.EmptyAsync(WarehouseEngine.Sqlite);
        var shipped = MigrationScripts.For(WarehouseEngine.Sqlite);
        var dangling = new SqlScript("9999_dangling.sql",
            "INSERT INTO fact_dq_finding (run_key, rule_key, region_sk, quarter_key, is_current) SELECT 424242, MIN(rule_key), 1, 20262, 1 FROM dim_dq_rule;");

        var failure = await Assert.ThrowsAsync<MigrationFailedException>(
            () => new WarehouseMigrator(warehouse.Connections, [.. shipped, dangling]).MigrateAsync());

        Assert.Equal("9999_dangling.sql", failure.ScriptName);
        Assert.Contains("every_foreign_key_holds", failure.Message, StringComparison.Ordinal);
        await using var connection = await warehouse.Connections.OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fact_dq_finding"));
    }

    [Fact]
    public async Task Rebuilding_the_run_tables_keeps_their_rows_and_the_keys_that_point_at_them()
    {
        await using var warehouse = await TestWarehouse.EmptyAsync(WarehouseEngine.Sqlite);
        var shipped = MigrationScripts.For(WarehouseEngine.Sqlite);
        var before = shipped.TakeWhile(s => string.CompareOrdinal(s.Name, "0011") < 0).ToList();
        await new WarehouseMigrator(warehouse.Connections, before).MigrateAsync();
        await using (var connection = await warehouse.Connections.OpenAsync())
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO etl_run (run_key, run_kind, started_at_utc, finished_at_utc, outcome, summary) VALUES (7, 'load', '2026-07-08 04:00:00', NULL, NULL, NULL);
                INSERT INTO dim_submission (submission_key, unit_kato, region_sk, quarter_key, tier, version, status, file_name, content_hash, file_hash, format,
                    submitted_on_key, received_at_utc, received_date_key, loaded_at_utc, load_run_key)
                SELECT 1, kato_code, region_sk, 20262, 1, 1, 'current', 'x.xlsx', hex(zeroblob(32)), hex(zeroblob(32)), 'vdw-submission/1', 20260703, '2026-07-08 04:00:00', 20260708, '2026-07-08 04:00:00', 7
                FROM dim_region WHERE kato_code = '101000000' AND is_current = 1;
                INSERT INTO etl_job_run (job_name, scheduled_for_utc, started_at_utc, catch_up, instance) VALUES ('inbox', '2026-07-08 04:00:00', '2026-07-08 04:00:00', 0, 'host:1');
                """);
        }

        await new WarehouseMigrator(warehouse.Connections).MigrateAsync();

        await using var migrated = await warehouse.Connections.OpenAsync();
        Assert.Equal(7, await migrated.ExecuteScalarAsync<int>("SELECT load_run_key FROM dim_submission"));
        Assert.Equal(1, await migrated.ExecuteAsync("UPDATE etl_run SET finished_at_utc = '2026-07-09 00:00:00', outcome = 'interrupted' WHERE run_key = 7"));
        Assert.Equal(1, await migrated.ExecuteAsync("UPDATE etl_job_run SET finished_at_utc = '2026-07-09 00:00:00', outcome = 'stopped'"));
        await Assert.ThrowsAnyAsync<DbException>(() => migrated.ExecuteAsync("UPDATE etl_run SET outcome = 'vanished' WHERE run_key = 7"));
        await Assert.ThrowsAnyAsync<DbException>(() => migrated.ExecuteAsync("DELETE FROM etl_run WHERE run_key = 7"));
        Assert.Equal(2, await migrated.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN ('ix_etl_job_run_job', 'ix_etl_job_run_started')"));
    }

    [Fact]
    public void Every_migration_file_on_disk_is_shipped_in_the_assembly()
    {
        foreach (var engine in Enum.GetValues<WarehouseEngine>())
        {
            var onDisk = RepoPaths.Files(".sql", "warehouse", "Migrations", engine.ToString()).Select(Path.GetFileName);
            var embedded = EmbeddedFiles.List(typeof(WarehouseMigrator).Assembly, MigrationScripts.Folder(engine))
                .Select(Path.GetFileName);
            Assert.Equal(onDisk, embedded);
        }
    }

    [Fact]
    public void Both_engines_have_the_same_migrations_in_the_same_order()
    {
        Assert.Equal(
            MigrationScripts.For(WarehouseEngine.Sqlite).Select(s => s.Name),
            MigrationScripts.For(WarehouseEngine.SqlServer).Select(s => s.Name));
    }

    private static async Task<bool> TableExistsAsync(DbConnection connection, WarehouseEngine engine, string table) =>
        await connection.ExecuteScalarAsync<int>(engine == WarehouseEngine.Sqlite
            ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @table"
            : "SELECT COUNT(*) FROM sys.tables WHERE name = @table", new { table }) > 0;
}
