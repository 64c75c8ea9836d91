using System.Data.Common;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Diagnostics;

namespace VolunteerDW.Etl.Loading;

/// <summary>
/// One write transaction shared by consecutive submissions, each inside a savepoint of its own:
/// a submission still loads whole or not at all, while the cost of a commit — writing every page
/// it touched — is paid once for many. The batch commits after <see cref="MaxSubmissions"/>
/// submissions or <see cref="MaxAge"/> (by the load's clock), whichever comes first, and at the end
/// of the load however it ends. Just before each commit, <paramref name="beforeCommit"/> brings up
/// to date what depends on the batch as a whole, so that every commit leaves the warehouse
/// consistent; just after, <paramref name="afterCommit"/> lets the caller act on what is now safe
/// (move the files away). A process killed outright loses at most the uncommitted batch, whose
/// files have not been moved and are loaded again next time.
/// </summary>
internal sealed class WriteBatch(WarehouseConnectionFactory connections, DbConnection connection, TimeProvider time,
    Func<DbTransaction, Task> beforeCommit, Action? afterCommit = null) : IAsyncDisposable
{
    public const int MaxSubmissions = 64;

    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    private const string Savepoint = "submission";

    private DbTransaction? _transaction;
    private int _count;
    private long _started;

    /// <summary>Whether submissions are written and not yet committed.</summary>
    public bool IsOpen => _transaction is not null;

    /// <summary>
    /// Runs one submission's writes in a savepoint: kept when they complete, undone when they throw
    /// or when the load was cancelled meanwhile (a stop takes effect between submissions).
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<DbTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (_transaction is null)
        {
            _transaction = await connections.BeginWriteAsync(connection, cancellationToken);
            _started = time.GetTimestamp();
        }
        else
        {
            FaultPoints.Reach(FaultPoints.BetweenSubmissions);
        }

        await _transaction.SaveAsync(Savepoint, cancellationToken);
        T result;
        try
        {
            result = await write(_transaction);
            FaultPoints.Reach(FaultPoints.Conformed);
            cancellationToken.ThrowIfCancellationRequested();
        }
        catch
        {
            await _transaction.RollbackAsync(Savepoint, CancellationToken.None);
            throw;
        }

        await _transaction.ReleaseAsync(Savepoint, CancellationToken.None);
        if (++_count >= MaxSubmissions || time.GetElapsedTime(_started) >= MaxAge)
        {
            await CommitAsync();
        }

        return result;
    }

    /// <summary>Commits the submissions written so far; nothing to do when there are none.</summary>
    public async Task CommitAsync()
    {
        if (_transaction is null)
        {
            return;
        }

        await beforeCommit(_transaction);

        // Not cancellable: what is committed here are submissions already complete.
        await _transaction.CommitAsync(CancellationToken.None);
        await _transaction.DisposeAsync();
        _transaction = null;
        _count = 0;
        FaultPoints.Reach(FaultPoints.Committed);
        afterCommit?.Invoke();
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }
    }
}
