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
