using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace VolunteerDW.Warehouse.Connections;

/// <summary>
/// A named lock on a warehouse, held by one process at a time across the machine (SQLite: an OS
/// lock on a file beside the database) or across the network (SQL Server: a session application
/// lock). A process that dies releases it with its file handles or its session, so a killed load
/// never leaves the warehouse locked.
/// </summary>
public sealed class WarehouseLock : IAsyncDisposable
{
    /// <summary>Taken for the whole of a load, so that two loads never interleave.</summary>
    public const string Load = "load";

    /// <summary>Takes a SQL Server application lock for the session without waiting; returns 0 or 1 when granted.</summary>
    public const string AcquireSql =
        "DECLARE @granted INT; EXEC @granted = sp_getapplock @Resource = @resource, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 0; SELECT @granted;";

    public const string ReleaseSql =
        "EXEC sp_releaseapplock @Resource = @resource, @LockOwner = 'Session';";

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    private readonly FileStream? file;
    private readonly SqlConnection? session;
    private readonly string resource;

    private WarehouseLock(FileStream? file, SqlConnection? session, string resource)
    {
        this.file = file;
        this.session = session;
        this.resource = resource;
    }

    /// <summary>
    /// Takes the lock, waiting up to <paramref name="wait"/> for its holder to let go; returns
    /// null when it is still held then. <paramref name="waiting"/> is called once, when the first
    /// attempt finds the lock taken.
    /// </summary>
    public static async Task<WarehouseLock?> TryEnterAsync(WarehouseConnectionFactory warehouse, string name, TimeSpan wait,
        Action? waiting = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        var giveUpAt = DateTime.UtcNow + wait;
        for (var attempt = 0; ; attempt++)
        {
            var taken = warehouse.Settings.Engine == WarehouseEngine.Sqlite
                ? TryLockFile(warehouse.Settings, name)
                : await TryApplicationLockAsync(warehouse.Settings, name, cancellationToken);
            if (taken is not null || DateTime.UtcNow >= giveUpAt)
            {
                return taken;
            }

            if (attempt == 0)
            {
                waiting?.Invoke();
            }

            await Task.Delay(Poll, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (file is not null)
        {
            await file.DisposeAsync();
        }

        if (session is not null)
        {
            await using (session)
            {
                await using var command = new SqlCommand(ReleaseSql, session);
                command.Parameters.AddWithValue("@resource", resource);
                await command.ExecuteNonQueryAsync();
            }
        }
    }

    // .NET takes an exclusive advisory lock on a file opened without sharing, on every platform;
    // the file itself stays behind, empty and harmless.
    private static WarehouseLock? TryLockFile(WarehouseSettings settings, string name)
    {
        var database = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        if (string.IsNullOrEmpty(database) || database == ":memory:")
        {
            return new WarehouseLock(null, null, name);
        }

        var path = $"{Path.GetFullPath(database)}.{name}.lock";
        try
        {
            return new WarehouseLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), null, name);
        }
        catch (IOException) when (File.Exists(path))
        {
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new WarehouseUnavailableException(settings, $"cannot create the lock file {path}: {exception.Message}", exception);
        }
    }

    // A session lock lives as long as its connection, so the connection is its own, unpooled.
    private static async Task<WarehouseLock?> TryApplicationLockAsync(WarehouseSettings settings, string name, CancellationToken cancellationToken)
    {
        var resource = $"volunteerdw-{name}";
        var connection = new SqlConnection(new SqlConnectionStringBuilder(settings.ConnectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new SqlCommand(AcquireSql, connection);
            command.Parameters.AddWithValue("@resource", resource);
            var granted = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            if (granted >= 0)
            {
                return new WarehouseLock(null, connection, resource);
            }
        }
        catch (SqlException exception)
        {
            await connection.DisposeAsync();
            throw new WarehouseUnavailableException(settings, exception.Message.Split('\n', 2)[0], exception);
        }

        await connection.DisposeAsync();
        return null;
    }
}
