using Dapper;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Checks;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Migrations;

namespace VolunteerDW.Tests.Warehouse;

/// <summary>
/// The two migration sets must build the same warehouse: the SQLite catalogue of a migrated
/// database is compared with the tables the T-SQL scripts define.
/// </summary>
public sealed class SchemaParityTests
{
    [Fact]
    public async Task Both_engines_define_the_same_tables_and_columns_with_the_same_nullability()
    {
        var tsql = TSql.TablesDefinedBy(MigrationScripts.For(WarehouseEngine.SqlServer).Select(s => (s.Contents, s.Name)));
        var sqlite = await SqliteCatalogueAsync();

        Assert.Equal(sqlite.Keys.Order(StringComparer.Ordinal), tsql.Keys.Order(StringComparer.Ordinal));
        foreach (var (table, columns) in sqlite)
        {
            Assert.Equal(Describe(table, columns), Describe(table, tsql[table]));
        }
    }

    [Fact]
    public async Task Both_engines_declare_the_same_keys_so_vdw_check_runs_the_same_generic_tests_on_either()
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);
        await using var connection = await warehouse.Connections.OpenAsync();

        var sqlite = DataTestCatalog.For(await SchemaKeys.ReadAsync(connection, WarehouseEngine.Sqlite));

        Assert.Equal(Describe(TSqlKeys.SqlServerDataTests), Describe(sqlite));
    }

    private static async Task<Dictionary<string, Dictionary<string, bool>>> SqliteCatalogueAsync()
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);
        await using var connection = await warehouse.Connections.OpenAsync();
        var rows = await connection.QueryAsync<(string Table, string Column, long NotNull)>(
            """
            SELECT m.name, c.name, c."notnull"
            FROM sqlite_master AS m, pragma_table_xinfo(m.name) AS c
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' AND m.name <> @journal AND c.hidden <> 1
            """, new { journal = WarehouseMigrator.JournalTable });
        return rows.GroupBy(r => r.Table, StringComparer.OrdinalIgnoreCase).ToDictionary(
            g => g.Key,
            g => g.ToDictionary(r => r.Column, r => r.NotNull == 0, StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase);
    }

    private static List<string> Describe(IEnumerable<DataTest> tests) => [.. tests.Select(t => $"{t.Name}: {t.Sql}")];

    private static List<string> Describe(string table, Dictionary<string, bool> columns) =>
        [.. columns.Select(c => $"{table}.{c.Key.ToLowerInvariant()} {(c.Value ? "NULL" : "NOT NULL")}").Order(StringComparer.Ordinal)];
}
