using System.Data.Common;
using Dapper;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Loading;

/// <summary>Submissions written in batches: each whole or not at all, the batch consistent at every commit.</summary>
public sealed class WriteBatchTests
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_failed_write_is_undone_alone_and_the_rest_of_the_batch_commits_once_reconciled(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        await using var connection = await warehouse.Connections.OpenAsync();
        var seenBeforeCommit = new List<long>();
        await using var batch = new WriteBatch(warehouse.Connections, connection, FixedTime.At(2026, 7, 8),
            async transaction => seenBeforeCommit.Add(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM etl_run", transaction: transaction)));

        await batch.WriteAsync(transaction => RunAsync(transaction, "first"), CancellationToken.None);
        await Assert.ThrowsAsync<InvalidOperationException>(() => batch.WriteAsync<int>(async transaction =>
        {
            await RunAsync(transaction, "failed");
            throw new InvalidOperationException("conforming failed");
        }, CancellationToken.None));
        await batch.WriteAsync(transaction => RunAsync(transaction, "third"), CancellationToken.None);

        Assert.Empty(await KindsAsync(warehouse));
        await batch.CommitAsync();
        Assert.Equal(["first", "third"], await KindsAsync(warehouse));
        Assert.Equal([2L], seenBeforeCommit);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_write_finished_after_the_load_was_cancelled_is_undone(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        await using var connection = await warehouse.Connections.OpenAsync();
        await using var batch = new WriteBatch(warehouse.Connections, connection, FixedTime.At(2026, 7, 8), _ => Task.CompletedTask);
        using var stop = new CancellationTokenSource();

        await batch.WriteAsync(transaction => RunAsync(transaction, "kept"), stop.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => batch.WriteAsync(async transaction =>
        {
            await stop.CancelAsync();
            return await RunAsync(transaction, "in hand");
        }, stop.Token));
        await batch.CommitAsync();

        Assert.Equal(["kept"], await KindsAsync(warehouse));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_full_batch_commits_without_waiting_for_the_end_of_the_load(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        await using var connection = await warehouse.Connections.OpenAsync();
        var commits = 0;
        await using var batch = new WriteBatch(warehouse.Connections, connection, FixedTime.At(2026, 7, 8), _ => Task.FromResult(++commits));

        for (var i = 0; i < WriteBatch.MaxSubmissions + 1; i++)
        {
            await batch.WriteAsync(transaction => RunAsync(transaction, $"run {i}"), CancellationToken.None);
        }

        Assert.Equal(1, commits);
        Assert.Equal(WriteBatch.MaxSubmissions, (await KindsAsync(warehouse)).Count);
    }

    // Any row will do to show what a batch keeps; etl_run has no foreign keys to satisfy.
    private static Task<int> RunAsync(DbTransaction transaction, string kind) => transaction.Connection!.ExecuteAsync(
        "INSERT INTO etl_run (run_kind, started_at_utc) VALUES (@kind, '2026-07-01 00:00:00')", new { kind }, transaction);

    private static async Task<List<string>> KindsAsync(TestWarehouse warehouse)
    {
        await using var reader = await warehouse.Connections.OpenAsync();
        return [.. await reader.QueryAsync<string>("SELECT run_kind FROM etl_run ORDER BY run_key")];
    }
}
