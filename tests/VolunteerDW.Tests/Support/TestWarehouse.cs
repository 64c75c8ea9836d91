using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Migrations;

namespace VolunteerDW.Tests.Support;

/// <summary>
/// A warehouse of its own for one test: a SQLite file in a temporary folder, or a new database on
/// the SQL Server named by <c>VDW_SQLSERVER_CONNECTION</c>. Dropped when disposed.
/// </summary>
public sealed class TestWarehouse : IAsyncDisposable
{
    public const string SqlServerVariable = "VDW_SQLSERVER_CONNECTION";

    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? _migratedTemplate;

    private readonly Func<Task> _drop;

    private TestWarehouse(WarehouseSettings settings, string folder, Func<Task> drop)
    {
        Connections = new WarehouseConnectionFactory(settings);
        Folder = folder;
        _drop = drop;
    }

    public static string? SqlServerConnection =>
        Environment.GetEnvironmentVariable(SqlServerVariable) is { Length: > 0 } value ? value : null;

    public WarehouseConnectionFactory Connections { get; }

    /// <summary>A temporary folder the test may use for files; removed with the warehouse.</summary>
    public string Folder { get; }

    public WarehouseSettings Settings => Connections.Settings;

    /// <summary>The <c>vdw</c> options that point a command at this warehouse.</summary>
    public string[] CliOptions => ["--engine", Settings.Engine == WarehouseEngine.Sqlite ? "sqlite" : "sqlserver", "--connection", Settings.ConnectionString];

    /// <summary>An empty database: nothing migrated yet (SQLite: the file does not exist yet; SQL Server: the database exists, with no tables).</summary>
    public static Task<TestWarehouse> EmptyAsync(WarehouseEngine engine) => engine == WarehouseEngine.Sqlite
        ? Task.FromResult(SqliteAt(NewFolder(), copyFrom: null))
        : SqlServerAsync(migrate: false);

    /// <summary>A database migrated with the shipped scripts.</summary>
    public static async Task<TestWarehouse> MigratedAsync(WarehouseEngine engine)
    {
        if (engine == WarehouseEngine.SqlServer)
        {
            return await SqlServerAsync(migrate: true);
        }

        return SqliteAt(NewFolder(), copyFrom: await MigratedTemplateAsync());
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await _drop();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private static TestWarehouse SqliteAt(string folder, string? copyFrom)
    {
        var path = Path.Combine(folder, "warehouse.db");
        if (copyFrom is not null)
        {
            File.Copy(copyFrom, path);
        }

        return new TestWarehouse(new WarehouseSettings(WarehouseEngine.Sqlite, $"Data Source={path}"), folder, () => Task.CompletedTask);
    }

    // Migrating takes a moment; tests copy one migrated file instead of migrating each time.
    private static async Task<string> MigratedTemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_migratedTemplate is null)
            {
                var path = Path.Combine(NewFolder(), "template.db");
                var connections = new WarehouseConnectionFactory(new WarehouseSettings(WarehouseEngine.Sqlite, $"Data Source={path}"));
                await new WarehouseMigrator(connections).MigrateAsync();
                await using (var connection = await connections.OpenAsync())
                await using (var command = connection.CreateCommand())
                {
                    // Fold the WAL into the main file so that a plain copy is complete.
                    command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;";
                    await command.ExecuteNonQueryAsync();
                }

                SqliteConnection.ClearAllPools();
                _migratedTemplate = path;
            }

            return _migratedTemplate;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static async Task<TestWarehouse> SqlServerAsync(bool migrate)
    {
        var server = SqlServerConnection ?? throw new InvalidOperationException($"{SqlServerVariable} is not set.");
        var database = $"vdw_test_{Guid.NewGuid():N}";
        var builder = new SqlConnectionStringBuilder(server) { InitialCatalog = database };
        var master = new SqlConnectionStringBuilder(server) { InitialCatalog = "master" }.ConnectionString;
        var warehouse = new TestWarehouse(new WarehouseSettings(WarehouseEngine.SqlServer, builder.ConnectionString), NewFolder(), async () =>
        {
            SqlConnection.ClearAllPools();
            await using var connection = new SqlConnection(master);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"IF DB_ID(N'{database}') IS NOT NULL BEGIN ALTER DATABASE [{database}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{database}]; END";
            await command.ExecuteNonQueryAsync();
        });
        if (migrate)
        {
            await new WarehouseMigrator(warehouse.Connections).MigrateAsync();
        }
        else
        {
            await using var connection = new SqlConnection(master);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE [{database}]";
            await command.ExecuteNonQueryAsync();
        }

        return warehouse;
    }

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "vdw-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
