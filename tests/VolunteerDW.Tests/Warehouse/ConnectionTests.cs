using System.Collections;
using Dapper;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Warehouse;

public sealed class ConnectionTests
{
    [Fact]
    public void Settings_default_to_the_SQLite_file_under_data()
    {
        var settings = WarehouseSettings.Resolve(null, null, new Hashtable());

        Assert.Equal(WarehouseEngine.Sqlite, settings.Engine);
        Assert.Equal("Data Source=data/volunteerdw.db", settings.ConnectionString);
    }

    [Fact]
    public void Options_win_over_the_environment_which_wins_over_the_default()
    {
        var environment = new Hashtable { ["VDW_ENGINE"] = "sqlserver", ["VDW_CONNECTION"] = "Server=env;Database=vdw" };

        Assert.Equal(new WarehouseSettings(WarehouseEngine.SqlServer, "Server=env;Database=vdw"),
            WarehouseSettings.Resolve(null, null, environment));
        Assert.Equal(new WarehouseSettings(WarehouseEngine.Sqlite, "Data Source=/tmp/x.db"),
            WarehouseSettings.Resolve("sqlite", "/tmp/x.db", environment));
    }

    [Fact]
    public void SQL_Server_without_a_connection_string_and_an_unknown_engine_are_clear_errors()
    {
        var missing = Assert.Throws<WarehouseConfigurationException>(() => WarehouseSettings.Resolve("sqlserver", null, new Hashtable()));
        var unknown = Assert.Throws<WarehouseConfigurationException>(() => WarehouseSettings.Resolve("oracle", null, new Hashtable()));

        Assert.Contains("--connection", missing.Message, StringComparison.Ordinal);
        Assert.Contains("sqlite or sqlserver", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Descriptions_name_the_target_but_never_the_password()
    {
        var settings = new WarehouseSettings(WarehouseEngine.SqlServer, "Server=db.gov.kz;Database=vdw;User Id=etl;Password=s3cret");

        Assert.Equal("SQL Server db.gov.kz, database vdw", settings.Describe());
        Assert.DoesNotContain("s3cret", settings.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SQLite_connections_use_WAL_wait_when_busy_and_enforce_foreign_keys()
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);
        await using var connection = await warehouse.Connections.OpenAsync();

        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("PRAGMA foreign_keys"));
        Assert.Equal((int)WarehouseConnectionFactory.BusyTimeout.TotalMilliseconds, await connection.ExecuteScalarAsync<int>("PRAGMA busy_timeout"));
    }

    [Fact]
    public async Task A_missing_SQLite_file_is_not_created_by_opening_it()
    {
        await using var warehouse = await TestWarehouse.EmptyAsync(WarehouseEngine.Sqlite);

        var error = await Assert.ThrowsAsync<WarehouseUnavailableException>(() => warehouse.Connections.OpenAsync());

        Assert.Contains("vdw migrate", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(warehouse.Folder));
    }

    [Fact]
    public async Task An_unreachable_SQL_Server_is_one_clear_error_naming_the_engine()
    {
        var settings = new WarehouseSettings(WarehouseEngine.SqlServer, "Server=tcp:127.0.0.1,1;Database=vdw;Connect Timeout=2;Encrypt=false");

        var error = await Assert.ThrowsAsync<WarehouseUnavailableException>(() => new WarehouseConnectionFactory(settings).OpenAsync());

        Assert.StartsWith("Cannot open the warehouse (SQL Server tcp:127.0.0.1,1, database vdw): ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
