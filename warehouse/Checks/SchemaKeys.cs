using System.Data.Common;
using Dapper;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Migrations;

namespace VolunteerDW.Warehouse.Checks;

/// <summary>Columns whose values must not repeat in a table: a primary key, a unique constraint or an unfiltered unique index.</summary>
/// <param name="Table">The table.</param>
/// <param name="Columns">The key's columns, in the key's order.</param>
public sealed record UniqueKey(string Table, IReadOnlyList<string> Columns);

/// <summary>Columns of a table that refer to a key of another table (or of the same one).</summary>
/// <param name="Table">The referring (child) table.</param>
/// <param name="Columns">The referring columns.</param>
/// <param name="Parent">The referred (parent) table.</param>
/// <param name="ParentColumns">The parent's columns, paired with <paramref name="Columns"/> in order.</param>
public sealed record ForeignKey(string Table, IReadOnlyList<string> Columns, string Parent, IReadOnlyList<string> ParentColumns);

/// <summary>
/// The keys a warehouse's schema declares, read from the engine's own catalogue: what the
/// migrations created, without a second list to keep in step with them. The journal of the
/// migrations and the scheduler's tables are left out: they are DbUp's and Quartz's, not the warehouse's.
/// </summary>
/// <param name="UniqueKeys">Primary keys, unique constraints and unfiltered unique indexes.</param>
/// <param name="ForeignKeys">Every foreign key, whether or not the engine currently checks it.</param>
public sealed record SchemaKeys(IReadOnlyList<UniqueKey> UniqueKeys, IReadOnlyList<ForeignKey> ForeignKeys)
{
    // An INTEGER PRIMARY KEY is the rowid itself and has no index of its own, so primary keys are
    // read from the columns; unique constraints and indexes from the index list. Partial indexes are
    // left out: their WHERE clause is engine text (see DataTestCatalog). An index on an expression
    // has a NULL column name and is dropped when read.
    internal const string SqliteUniqueKeys =
        """
        SELECT table_name, key_name, column_name
        FROM (
            SELECT m.name AS table_name, '' AS key_name, c.pk AS position, c.name AS column_name
            FROM sqlite_master AS m, pragma_table_info(m.name) AS c
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' AND m.name <> @journal AND m.name NOT LIKE @scheduler ESCAPE '\' AND c.pk > 0
            UNION ALL
            SELECT m.name, i.name, ii.seqno, ii.name
            FROM sqlite_master AS m, pragma_index_list(m.name) AS i, pragma_index_info(i.name) AS ii
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' AND m.name <> @journal AND m.name NOT LIKE @scheduler ESCAPE '\'
              AND i."unique" = 1 AND i.origin <> 'pk' AND i.partial = 0
        ) AS key_columns
        ORDER BY table_name, key_name, position
        """;

    // A foreign key written without its parent's columns refers to the parent's primary key.
    internal const string SqliteForeignKeys =
        """
        SELECT m.name AS table_name, CAST(f.id AS TEXT) AS key_name, f."from" AS column_name, f."table" AS parent_table,
               COALESCE(f."to", (SELECT p.name FROM pragma_table_info(f."table") AS p WHERE p.pk = f.seq + 1)) AS parent_column
        FROM sqlite_master AS m, pragma_foreign_key_list(m.name) AS f
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' AND m.name <> @journal AND m.name NOT LIKE @scheduler ESCAPE '\'
        ORDER BY m.name, f.id, f.seq
        """;

    // Disabled indexes are read on purpose: rows got in past them, which is what the tests look for.
    internal const string SqlServerUniqueKeys =
        """
        SELECT t.name AS table_name, i.name AS key_name, c.name AS column_name
        FROM sys.tables AS t
        JOIN sys.indexes AS i ON i.object_id = t.object_id
        JOIN sys.index_columns AS ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id
        JOIN sys.columns AS c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
        WHERE t.schema_id = SCHEMA_ID(N'dbo') AND t.is_ms_shipped = 0 AND t.name <> @journal AND t.name NOT LIKE @scheduler ESCAPE '\'
          AND i.is_unique = 1 AND i.has_filter = 0 AND i.is_hypothetical = 0 AND ic.key_ordinal > 0
        ORDER BY t.name, i.name, ic.key_ordinal
        """;

    // Disabled (NOCHECK) and untrusted foreign keys are read too: they are the ones that can hold orphans.
    internal const string SqlServerForeignKeys =
        """
        SELECT child.name AS table_name, fk.name AS key_name, cc.name AS column_name, parent.name AS parent_table, pc.name AS parent_column
        FROM sys.foreign_keys AS fk
        JOIN sys.tables AS child ON child.object_id = fk.parent_object_id
        JOIN sys.tables AS parent ON parent.object_id = fk.referenced_object_id
        JOIN sys.foreign_key_columns AS fkc ON fkc.constraint_object_id = fk.object_id
        JOIN sys.columns AS cc ON cc.object_id = fkc.parent_object_id AND cc.column_id = fkc.parent_column_id
        JOIN sys.columns AS pc ON pc.object_id = fkc.referenced_object_id AND pc.column_id = fkc.referenced_column_id
        WHERE child.schema_id = SCHEMA_ID(N'dbo') AND child.is_ms_shipped = 0 AND child.name NOT LIKE @scheduler ESCAPE '\'
        ORDER BY child.name, fk.name, fkc.constraint_column_id
        """;

    /// <summary>Reads the keys of the warehouse an open connection points at.</summary>
    public static async Task<SchemaKeys> ReadAsync(DbConnection connection, WarehouseEngine engine, CancellationToken cancellationToken = default)
    {
        var sqlite = engine == WarehouseEngine.Sqlite;
        var parameters = new { journal = WarehouseMigrator.JournalTable, scheduler = SchedulerTables.Pattern };
        var uniqueRows = await connection.QueryAsync<(string Table, string Key, string? Column)>(
            new CommandDefinition(sqlite ? SqliteUniqueKeys : SqlServerUniqueKeys, parameters, cancellationToken: cancellationToken));
        var foreignRows = await connection.QueryAsync<(string Table, string Key, string Column, string Parent, string? ParentColumn)>(
            new CommandDefinition(sqlite ? SqliteForeignKeys : SqlServerForeignKeys, parameters, cancellationToken: cancellationToken));

        var unique = uniqueRows.GroupBy(r => (r.Table, r.Key))
            .Where(key => key.All(r => r.Column is not null))
            .Select(key => new UniqueKey(key.Key.Table, [.. key.Select(r => r.Column!)]));
        var foreign = foreignRows.GroupBy(r => (r.Table, r.Key))
            .Where(key => key.All(r => r.ParentColumn is not null))
            .Select(key => new ForeignKey(key.Key.Table, [.. key.Select(r => r.Column)], key.First().Parent, [.. key.Select(r => r.ParentColumn!)]));
        return Of(unique, foreign);
    }

    /// <summary>
    /// Keys in a stable order (by table, then columns), a key declared twice (a unique constraint on
    /// the primary key's columns) once: so that both engines list the same keys alike.
    /// </summary>
    public static SchemaKeys Of(IEnumerable<UniqueKey> uniqueKeys, IEnumerable<ForeignKey> foreignKeys) => new(
        [.. uniqueKeys.DistinctBy(Identity, StringComparer.Ordinal).OrderBy(Identity, StringComparer.Ordinal)],
        [.. foreignKeys.DistinctBy(Identity, StringComparer.Ordinal).OrderBy(Identity, StringComparer.Ordinal)]);

    private static string Identity(UniqueKey key) => $"{key.Table}({string.Join(",", key.Columns)})";

    private static string Identity(ForeignKey key) =>
        $"{key.Table}({string.Join(",", key.Columns)})>{key.Parent}({string.Join(",", key.ParentColumns)})";
}
