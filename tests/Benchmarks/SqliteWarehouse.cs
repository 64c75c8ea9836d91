using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;

namespace VolunteerDW.Benchmarks;

/// <summary>The benchmarks' warehouses: SQLite files.</summary>
internal static class SqliteWarehouse
{
    public static WarehouseConnectionFactory Connections(string database) =>
        new(new WarehouseSettings(WarehouseEngine.Sqlite, $"Data Source={database}"));

    /// <summary>The units and classifiers of a migrated warehouse, as the loader reads them.</summary>
    public static async Task<DimensionSnapshot> DimensionsAsync(string database)
    {
        await using var connection = await Connections(database).OpenAsync();
        return await DimensionSnapshot.LoadAsync(connection);
    }
}
