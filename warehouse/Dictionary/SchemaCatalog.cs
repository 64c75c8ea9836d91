using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Migrations;

namespace VolunteerDW.Warehouse.Dictionary;

/// <summary>
/// The tables and views the shipped migrations create, with their columns, keys and references,
/// read from a freshly migrated SQLite warehouse. The tests hold SQL Server's scripts to the same
/// names, columns and nullability, so one catalogue describes both engines.
/// </summary>
public sealed record SchemaCatalog(IReadOnlyList<SchemaObject> Objects)
{
    /// <summary>Migrates a throw-away warehouse and reads what it holds.</summary>
    public static async Task<SchemaCatalog> OfShippedMigrationsAsync(CancellationToken cancellationToken = default)
    {
        var folder = Directory.CreateTempSubdirectory("vdw-docs-").FullName;
        try
        {
            var connections = new WarehouseConnectionFactory(new WarehouseSettings(WarehouseEngine.Sqlite, $"Data Source={Path.Combine(folder, "schema.db")}"));
            await new WarehouseMigrator(connections).MigrateAsync(cancellationToken);
            await using var connection = await connections.OpenAsync(cancellationToken: cancellationToken);
            return await ReadAsync(connection);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Every table and view of a SQLite database but SQLite's own and the scheduler's, by name.</summary>
    public static async Task<SchemaCatalog> ReadAsync(DbConnection connection)
    {
        var objects = new List<SchemaObject>();
        var names = await connection.QueryAsync<(string Name, string Type)>(
            "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite%' AND name NOT LIKE @scheduler ESCAPE '\\' ORDER BY name",
            new { scheduler = SchedulerTables.Pattern });
        foreach (var (name, type) in names)
        {
            // table_xinfo rather than table_info: generated columns (dim_region.region_kato) are columns too.
            var columns = await connection.QueryAsync<(string Name, long NotNull, long KeyOrdinal)>(
                "SELECT name, \"notnull\", pk FROM pragma_table_xinfo(@name) WHERE hidden <> 1 ORDER BY cid", new { name });
            var references = await connection.QueryAsync<(string Column, string Table, string Target)>(
                "SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(@name) ORDER BY id, seq", new { name });
            var referenced = references.ToDictionary(r => r.Column, r => $"{r.Table}.{r.Target}", StringComparer.Ordinal);
            objects.Add(new SchemaObject(name, type == "view",
                [.. columns.Select(c => new SchemaColumn(c.Name, c.NotNull == 0, c.KeyOrdinal > 0 ? (int)c.KeyOrdinal : null, referenced.GetValueOrDefault(c.Name)))]));
        }

        return new SchemaCatalog(objects);
    }
}

/// <summary>A table or a view.</summary>
public sealed record SchemaObject(string Name, bool IsView, IReadOnlyList<SchemaColumn> Columns)
{
    /// <summary>The primary key's columns in key order; empty for a view or a table without one.</summary>
    public IReadOnlyList<string> PrimaryKey => [.. Columns.Where(c => c.KeyOrdinal is not null).OrderBy(c => c.KeyOrdinal).Select(c => c.Name)];
}

/// <summary>A column: whether it may be NULL, its place in the primary key, the column it references.</summary>
public sealed record SchemaColumn(string Name, bool Nullable, int? KeyOrdinal, string? References);
