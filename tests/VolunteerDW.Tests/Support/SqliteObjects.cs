using Dapper;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Migrations;

namespace VolunteerDW.Tests.Support;

/// <summary>The tables and views of a freshly migrated SQLite warehouse, by name, in order.</summary>
internal static class SqliteObjects
{
    public static async Task<(List<string> Tables, List<string> Views)> OfMigratedWarehouseAsync(bool withJournal)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);
        await using var connection = await warehouse.Connections.OpenAsync();
        var rows = (await connection.QueryAsync<(string Name, string Type)>(
            "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite%'")).ToList();
        var tables = rows.Where(r => r.Type == "table" && (withJournal || r.Name != WarehouseMigrator.JournalTable)).Select(r => r.Name);
        return ([.. tables.Order(StringComparer.Ordinal)], [.. rows.Where(r => r.Type == "view").Select(r => r.Name).Order(StringComparer.Ordinal)]);
    }
}
