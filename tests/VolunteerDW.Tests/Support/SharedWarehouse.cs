using System.Collections.Concurrent;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Support;

/// <summary>
/// A loaded warehouse a test class shares: loaded once for each engine a test runs on, the first
/// time a test asks for it, and dropped when the class is done.
/// </summary>
public abstract class SharedWarehouse : IAsyncLifetime
{
    private readonly ConcurrentDictionary<WarehouseEngine, Lazy<Task<LoadHarness>>> _loaded = new();

    /// <summary>The warehouse on an engine, loaded.</summary>
    public Task<LoadHarness> OnAsync(WarehouseEngine engine) =>
        _loaded.GetOrAdd(engine, e => new Lazy<Task<LoadHarness>>(() => LoadAsync(e))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var loaded in _loaded.Values.Where(l => l.IsValueCreated))
        {
            await (await loaded.Value).DisposeAsync();
        }
    }

    /// <summary>Creates the warehouse on an engine and loads it.</summary>
    protected abstract Task<LoadHarness> LoadAsync(WarehouseEngine engine);
}
