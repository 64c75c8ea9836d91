using System.Data.Common;
using Dapper;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Etl.Service;

/// <summary>A file the last scan saw: its size and last write, and whether it could not be read at all.</summary>
public sealed record SeenFile(long Length, long ModifiedTicks, bool Unreadable);

/// <summary>
/// What the inbox job remembers between scans, in the warehouse (<c>etl_inbox_scan</c>,
/// <c>etl_inbox_file</c>), so that whichever node runs the next scan knows what the last one saw:
/// when it ran, and each file by its path under the inbox. One scan runs at a time on a warehouse.
/// </summary>
public sealed class InboxMemory(WarehouseConnectionFactory warehouse)
{
    /// <summary>When the last scan ran, if ever, and the files it saw.</summary>
    public async Task<(DateTimeOffset? LastScan, IReadOnlyDictionary<string, SeenFile> Files)> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken: cancellationToken);
        var scanned = await connection.ExecuteScalarAsync<DateTime?>(new CommandDefinition(InboxMemorySql.LastScan, cancellationToken: cancellationToken));
        var files = await connection.QueryAsync<FileRow>(new CommandDefinition(InboxMemorySql.Files, cancellationToken: cancellationToken));
        return (scanned is { } utc ? StoredTime.Read(utc) : null,
            files.ToDictionary(f => f.Path, f => new SeenFile(f.Length, f.ModifiedTicks, f.Unreadable != 0), StringComparer.Ordinal));
    }

    /// <summary>Remembers a scan as it begins: its time and every file it sees, none of them yet found unreadable.</summary>
    public async Task RememberScanAsync(DateTimeOffset scannedAt, IReadOnlyDictionary<string, SeenFile> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        await using var connection = await warehouse.OpenAsync(cancellationToken: cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, InboxMemorySql.ForgetFiles, null, cancellationToken);
        await ExecuteAsync(connection, transaction, InboxMemorySql.ForgetScan, null, cancellationToken);
        await ExecuteAsync(connection, transaction, InboxMemorySql.RememberScan,
            new { scanned_at = StoredTime.Of(scannedAt), instance = JobHistory.Instance }, cancellationToken);
        await ExecuteAsync(connection, transaction, InboxMemorySql.RememberFile,
            files.Select(f => new { path = f.Key, length = f.Value.Length, modified_ticks = f.Value.ModifiedTicks }), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Remembers the files this scan could not read, as it found them.</summary>
    public async Task RememberUnreadableAsync(IReadOnlyDictionary<string, SeenFile> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        await using var connection = await warehouse.OpenAsync(cancellationToken: cancellationToken);
        await ExecuteAsync(connection, null, InboxMemorySql.RememberUnreadable,
            files.Select(f => new { path = f.Key, length = f.Value.Length, modified_ticks = f.Value.ModifiedTicks }), cancellationToken);
    }

    private static Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, object? parameters, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

    // Properties, not a positional record: the engines hand the numbers back as different integer types.
    private sealed class FileRow
    {
        public string Path { get; init; } = string.Empty;

        public long Length { get; init; }

        public long ModifiedTicks { get; init; }

        public long Unreadable { get; init; }
    }
}

/// <summary>The statements of <see cref="InboxMemory"/>, written once for both engines.</summary>
public static class InboxMemorySql
{
    public const string LastScan = "SELECT scanned_at_utc FROM etl_inbox_scan WHERE scan_key = 1";

    public const string Files =
        "SELECT path AS Path, length AS Length, modified_ticks AS ModifiedTicks, CAST(unreadable AS INT) AS Unreadable FROM etl_inbox_file";

    public const string ForgetFiles = "DELETE FROM etl_inbox_file";

    public const string ForgetScan = "DELETE FROM etl_inbox_scan";

    public const string RememberScan = "INSERT INTO etl_inbox_scan (scan_key, scanned_at_utc, instance) VALUES (1, @scanned_at, @instance)";

    public const string RememberFile = "INSERT INTO etl_inbox_file (path, length, modified_ticks, unreadable) VALUES (@path, @length, @modified_ticks, 0)";

    public const string RememberUnreadable =
        "UPDATE etl_inbox_file SET unreadable = 1, length = @length, modified_ticks = @modified_ticks WHERE path = @path";
}
