using VolunteerDW.Portal.Hosting;

namespace VolunteerDW.Portal.Returns;

/// <summary>
/// The uploads' turns at the loader: at most <see cref="PortalSettings.ConcurrentLoads"/> loads run at
/// once and the others wait, each request answered when its own load is done. Reading a workbook
/// takes several times its size in memory, so twenty large uploads parsed together could exhaust the
/// server; queued, they take little more than one (the warehouse writes one load at a time anyway).
/// A request that ends while it waits (the sender gave up) leaves the queue without its turn.
/// </summary>
public class LoadTurns : IDisposable
{
    private readonly SemaphoreSlim _turns;

    public LoadTurns(PortalSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.ConcurrentLoads, 1);
        _turns = new SemaphoreSlim(settings.ConcurrentLoads, settings.ConcurrentLoads);
    }

    /// <summary>Runs <paramref name="load"/> when its turn comes, and gives back what it returned.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (!await _turns.WaitAsync(TimeSpan.Zero, cancellationToken))
        {
            Waiting();
            await _turns.WaitAsync(cancellationToken);
        }

        try
        {
            return await TurnAsync(load, cancellationToken);
        }
        finally
        {
            _turns.Release();
        }
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _turns.Dispose();
        }
    }

    /// <summary>Told when a load has to wait for its turn: a seam for tests to see the queue at work.</summary>
    protected virtual void Waiting()
    {
    }

    /// <summary>One load in its turn; tests wrap it to see which loads run together.</summary>
    protected virtual Task<T> TurnAsync<T>(Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(load);
        return load(cancellationToken);
    }
}
