using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace VolunteerDW.Warehouse.Connections;

/// <summary>
/// The one way to open a warehouse connection for either engine. SQLite connections run in WAL
/// mode (readers never block the loader), wait on a busy database instead of failing, and enforce
/// foreign keys.
/// </summary>
public sealed class WarehouseConnectionFactory(WarehouseSettings settings)
{
    /// <summary>How long a SQLite command waits for a lock held by another process.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The settings this factory opens.</summary>
    public WarehouseSettings Settings { get; } = settings;

    /// <summary>The SQL dialect of the configured engine.</summary>
    public SqlDialect Dialect => SqlDialect.For(Settings.Engine);

    /// <summary>The connection string actually used, with the SQLite options applied.</summary>
    public string EffectiveConnectionString => Settings.Engine == WarehouseEngine.Sqlite
        ? SqliteConnectionString().ToString()
        : Settings.ConnectionString;

    /// <summary>
    /// Opens a connection. Unless <paramref name="createIfMissing"/>, a SQLite file that does not
    /// exist yet is an error rather than a new empty database.
    /// </summary>
    public async Task<DbConnection> OpenAsync(bool createIfMissing = false, CancellationToken cancellationToken = default)
    {
        var connection = Create(createIfMissing);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (Settings.Engine == WarehouseEngine.Sqlite)
            {
                await ConfigureSqliteAsync(connection, cancellationToken);
            }

            return connection;
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException or ArgumentException or IOException)
        {
            await connection.DisposeAsync();
            throw new WarehouseUnavailableException(Settings, FirstLine(exception.Message), exception);
        }
    }

    /// <summary>
    /// Begins a transaction that writes to the warehouse and excludes every other writer, in this
    /// process or another, until it ends: SQLite takes its write lock at once (BEGIN IMMEDIATE)
    /// rather than failing later on upgrade; SQL Server takes an application lock.
    /// </summary>
    public async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection is SqliteConnection sqlite)
        {
            return sqlite.BeginTransaction(deferred: false);
        }

        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Dialect.LoadLock!;
        await command.ExecuteNonQueryAsync(cancellationToken);
        return transaction;
    }

    private DbConnection Create(bool createIfMissing)
    {
        try
        {
            return Settings.Engine == WarehouseEngine.Sqlite
                ? CreateSqlite(createIfMissing)
                : new SqlConnection(Settings.ConnectionString);
        }
        catch (ArgumentException exception)
        {
            throw new WarehouseUnavailableException(Settings, $"the connection string is not valid: {FirstLine(exception.Message)}", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new WarehouseUnavailableException(Settings, $"cannot create the database folder: {FirstLine(exception.Message)}", exception);
        }
    }

    private SqliteConnection CreateSqlite(bool createIfMissing)
    {
        var builder = SqliteConnectionString();
        var path = builder.DataSource;
        var inMemory = string.IsNullOrEmpty(path) || path == ":memory:" || builder.Mode == SqliteOpenMode.Memory;
        if (!inMemory)
        {
            if (!createIfMissing && !File.Exists(path))
            {
                throw new WarehouseUnavailableException(Settings,
                    "the database file does not exist; run `vdw migrate` to create it.");
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (createIfMissing && folder is not null)
            {
                Directory.CreateDirectory(folder);
            }
        }

        return new SqliteConnection(builder.ToString());
    }

    private SqliteConnectionStringBuilder SqliteConnectionString() => new(Settings.ConnectionString)
    {
        ForeignKeys = true,
        DefaultTimeout = (int)BusyTimeout.TotalSeconds,
    };

    private static async Task ConfigureSqliteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA journal_mode = WAL; PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length == 0 ? message : line;
    }
}
