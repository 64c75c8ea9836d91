using Dapper;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Support;

/// <summary>A migrated warehouse, a clock, and the real loader.</summary>
public sealed class LoadHarness : IAsyncDisposable
{
    private LoadHarness(TestWarehouse warehouse, FixedTime time)
    {
        Warehouse = warehouse;
        Time = time;
    }

    public TestWarehouse Warehouse { get; }

    public FixedTime Time { get; }

    public string Folder => Warehouse.Folder;

    /// <summary>By default it is 8 July 2026 in Kazakhstan: 2026 Q2 is over, its district deadline passed, its region deadline not.</summary>
    public static async Task<LoadHarness> CreateAsync(WarehouseEngine engine, FixedTime? time = null) =>
        new(await TestWarehouse.MigratedAsync(engine), time ?? FixedTime.At(2026, 7, 8));

    public async Task<LoadReport> LoadAsync(params string[] paths) => await LoadAsync(new LoadOptions(), paths);

    public async Task<LoadReport> LoadAsync(LoadOptions options, params string[] paths) =>
        await new SubmissionLoader(Warehouse.Connections, options with { Time = Time }).LoadAsync(paths);

    public async Task<LoadResult> LoadOneAsync(string path) => Assert.Single((await LoadAsync(path)).Results);

    public async Task<WarehouseFigures> FiguresAsync()
    {
        await using var connection = await Warehouse.Connections.OpenAsync();
        return await WarehouseFigures.ReadAsync(connection);
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Warehouse.Connections.OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    public async Task<List<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Warehouse.Connections.OpenAsync();
        return [.. await connection.QueryAsync<T>(sql, parameters)];
    }

    public ValueTask DisposeAsync() => Warehouse.DisposeAsync();
}
