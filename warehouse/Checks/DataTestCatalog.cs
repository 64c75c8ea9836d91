using System.Data.Common;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Warehouse.Checks;

/// <summary>
/// Every data test of the warehouse: generic tests derived from the keys the warehouse's own
/// catalogue declares (<see cref="SchemaKeys"/>), then the invariants written as SQL files in
/// <c>warehouse/Checks/</c>.
/// </summary>
/// <remarks>
/// <para>
/// The generic tests are derived, not declared, so that a key a migration adds is checked by the
/// next <c>vdw check</c> with nothing typed a second time. They are kept to the keys that rows
/// already stored can break, because those are what a user runs <c>vdw check</c> to find:
/// </para>
/// <list type="bullet">
/// <item>Every foreign key, on both engines (<c>relationships_…</c>). SQLite checks foreign keys
/// only on a connection that asks — the sqlite3 shell and most other tools do not — so a file
/// written by one of them, or restored from a machine where one was used, can hold orphans.
/// SQL Server does not check a constraint switched off with <c>NOCHECK CONSTRAINT</c>, nor, unless
/// asked, a bulk copy; its catalogue still lists such a key, so it is still tested.</item>
/// <item>Every primary key and unique constraint or unfiltered unique index (<c>unique_…</c>).
/// SQL Server lets duplicates in past a disabled unique index (<c>ALTER INDEX … DISABLE</c>, a usual
/// step before a bulk load). SQLite cannot store a duplicate while the key exists; the test is
/// kept there anyway, as it is cheap, so that both engines run the same tests and the SQL SQL
/// Server runs is the SQL every test run proves on SQLite.</item>
/// <item>No not-null tests: neither engine has a way to store NULL in a NOT NULL column, so such a
/// test could never fail and only made the list longer.</item>
/// <item>Filtered (partial) unique indexes are left to the invariants that state them
/// (<c>region_one_current_version</c>, <c>submission_one_current_version</c>): their conditions are
/// engine text, and a sentence says better than a generated name what they mean.</item>
/// </list>
/// <para>
/// A table rebuilt without its key loses the key's test with the key: a schema that is not the
/// migrations' is out of these tests' reach. That both engines' migrations declare the same keys,
/// and so run the same tests, is checked by the test suite.
/// </para>
/// </remarks>
public static class DataTestCatalog
{
    /// <summary>The folder of the SQL-file tests, as embedded.</summary>
    public const string Folder = "Checks/";

    /// <summary>The invariants no key can express, one SQL file each.</summary>
    public static IReadOnlyList<DataTest> Invariants { get; } = [.. SqlFileTests()];

    /// <summary>Every data test of the warehouse an open connection points at: its keys' tests, then the invariants.</summary>
    public static async Task<IReadOnlyList<DataTest>> ForAsync(DbConnection connection, WarehouseEngine engine, CancellationToken cancellationToken = default) =>
        For(await SchemaKeys.ReadAsync(connection, engine, cancellationToken));

    /// <summary>The data tests of a schema with the given keys: unique keys, relationships, then the invariants.</summary>
    public static IReadOnlyList<DataTest> For(SchemaKeys keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return [.. keys.UniqueKeys.Select(Unique), .. keys.ForeignKeys.Select(Relationship), .. Invariants];
    }

    /// <summary>
    /// Rows sharing a value of a unique key. Rows with a NULL in the key are not compared, as SQLite
    /// and standard SQL have it (no key of the warehouse has a nullable column).
    /// </summary>
    public static DataTest Unique(UniqueKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var columns = string.Join(", ", key.Columns.Select(Quoted));
        return new DataTest(
            $"unique_{key.Table}_{string.Join("_", key.Columns)}",
            $"{key.Table} ({string.Join(", ", key.Columns)}) is unique",
            $"SELECT {columns}, COUNT(*) AS occurrences FROM {Quoted(key.Table)} WHERE {AllPresent(key.Columns, null)} "
            + $"GROUP BY {columns} HAVING COUNT(*) > 1");
    }

    /// <summary>Rows whose foreign key, filled in, matches no row of the parent.</summary>
    public static DataTest Relationship(ForeignKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var match = string.Join(" AND ", key.ParentColumns.Zip(key.Columns, (parent, child) => $"parent.{Quoted(parent)} = child.{Quoted(child)}"));
        return new DataTest(
            $"relationships_{key.Table}_{string.Join("_", key.Columns)}",
            $"{key.Table}.{string.Join(", ", key.Columns)} refers to an existing {key.Parent}.{string.Join(", ", key.ParentColumns)}",
            $"SELECT {string.Join(", ", key.Columns.Select(c => $"child.{Quoted(c)}"))} FROM {Quoted(key.Table)} AS child "
            + $"WHERE {AllPresent(key.Columns, "child")} "
            + $"AND NOT EXISTS (SELECT 1 FROM {Quoted(key.Parent)} AS parent WHERE {match})");
    }

    // Names come from the catalogue, not from users; quoting keeps any name a name on both engines
    // (SQL Server connections run with QUOTED_IDENTIFIER on).
    private static string Quoted(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static string AllPresent(IEnumerable<string> columns, string? alias) =>
        string.Join(" AND ", columns.Select(c => $"{(alias is null ? string.Empty : alias + ".")}{Quoted(c)} IS NOT NULL"));

    private static IEnumerable<DataTest> SqlFileTests()
    {
        var assembly = typeof(DataTestCatalog).Assembly;
        foreach (var name in EmbeddedFiles.List(assembly, Folder))
        {
            var sql = EmbeddedFiles.Read(assembly, name);
            var description = sql.Split('\n', 2)[0].TrimStart('-', ' ').Trim();
            yield return new DataTest(Path.GetFileNameWithoutExtension(name), description, sql);
        }
    }
}
