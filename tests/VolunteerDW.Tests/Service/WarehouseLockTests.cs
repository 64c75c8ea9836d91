using VolunteerDW.Etl.Loading;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Service;

/// <summary>One load at a time per warehouse: the lock itself and the loader that takes it.</summary>
public sealed class WarehouseLockTests
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_lock_is_held_by_one_holder_at_a_time_and_locks_of_other_names_are_independent(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        var connections = warehouse.Connections;

        await using (var first = await WarehouseLock.TryEnterAsync(connections, WarehouseLock.Load, TimeSpan.Zero))
        {
            Assert.NotNull(first);
            Assert.Null(await WarehouseLock.TryEnterAsync(connections, WarehouseLock.Load, TimeSpan.FromMilliseconds(300)));
            await using var other = await WarehouseLock.TryEnterAsync(connections, "other", TimeSpan.Zero);
            Assert.NotNull(other);
        }

        await using var again = await WarehouseLock.TryEnterAsync(connections, WarehouseLock.Load, TimeSpan.Zero);
        Assert.NotNull(again);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_waiting_holder_is_told_once_and_gets_the_lock_when_it_is_released(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        var held = await WarehouseLock.TryEnterAsync(warehouse.Connections, WarehouseLock.Load, TimeSpan.Zero);
        var told = 0;

        // The first attempt, and the telling, happen before the call first yields.
        var waiting = WarehouseLock.TryEnterAsync(warehouse.Connections, WarehouseLock.Load, TimeSpan.FromMinutes(10), () => told++);
        Assert.Equal(1, told);
        Assert.False(waiting.IsCompleted);
        await held!.DisposeAsync();
        await using var taken = await waiting;

        Assert.NotNull(taken);
        Assert.Equal(1, told);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_load_that_may_not_wait_is_refused_while_another_runs_and_loads_nothing(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var file = new ReturnBuilder().WriteTo(harness.Folder);

        await using (await WarehouseLock.TryEnterAsync(harness.Warehouse.Connections, WarehouseLock.Load, TimeSpan.Zero))
        {
            var refused = await Assert.ThrowsAsync<WarehouseBusyException>(() => harness.LoadAsync(new LoadOptions { LockWait = TimeSpan.Zero }, file));
            Assert.Equal("another load is running on this warehouse.", refused.Message);
        }

        Assert.Equal(0, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM etl_run"));
        Assert.Equal(LoadOutcome.Loaded, (await harness.LoadOneAsync(file)).Outcome);
    }
}
