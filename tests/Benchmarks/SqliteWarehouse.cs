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

    /// <summary>A fresh copy of a warehouse at <paramref name="path"/>: its log folded in first, and any log a former copy there left removed.</summary>
    public static string Copy(string template, string path)
    {
        Harness.Checkpoint(template);
        foreach (var log in new[] { $"{path}-wal", $"{path}-shm" }.Where(File.Exists))
        {
            File.Delete(log);
        }

        File.Copy(template, path, overwrite: true);
        return path;
    }
}
