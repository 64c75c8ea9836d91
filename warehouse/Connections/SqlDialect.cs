using System.Globalization;

namespace VolunteerDW.Warehouse.Connections;

/// <summary>
/// What differs between the engines when the warehouse writes SQL text itself (generated seed
/// scripts). Values from users never go through here: they are always bound as parameters.
/// </summary>
public sealed class SqlDialect
{
    /// <summary>The SQLite dialect.</summary>
    public static readonly SqlDialect Sqlite = new(WarehouseEngine.Sqlite);

    /// <summary>The SQL Server (T-SQL) dialect.</summary>
    public static readonly SqlDialect SqlServer = new(WarehouseEngine.SqlServer);

    private SqlDialect(WarehouseEngine engine) => Engine = engine;

    /// <summary>The engine this dialect writes for.</summary>
    public WarehouseEngine Engine { get; }

    /// <summary>The dialect of an engine.</summary>
    public static SqlDialect For(WarehouseEngine engine) => engine == WarehouseEngine.Sqlite ? Sqlite : SqlServer;

    /// <summary>A table name as written in scripts (SQL Server tables live in <c>dbo</c>).</summary>
    public string Table(string name) => Engine == WarehouseEngine.SqlServer ? $"dbo.{name}" : name;

    /// <summary>
    /// A Unicode string literal. On SQL Server the N prefix keeps Kazakh letters intact whatever the
    /// database collation.
    /// </summary>
    public string Literal(string? value)
    {
        if (value is null)
        {
            return "NULL";
        }

        var escaped = value.Replace("'", "''", StringComparison.Ordinal);
        return Engine == WarehouseEngine.SqlServer ? $"N'{escaped}'" : $"'{escaped}'";
    }

    /// <summary>An integer literal, or NULL.</summary>
    public static string Literal(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "NULL";

    /// <summary>Returns the key the last INSERT into an identity table generated, in the same session.</summary>
    public string LastInsertedKey => Engine == WarehouseEngine.SqlServer
        ? "SELECT CAST(SCOPE_IDENTITY() AS INT)"
        : "SELECT last_insert_rowid()";

    /// <summary>
    /// Serialises loads across processes for the rest of the transaction. SQLite needs nothing more:
    /// its write transactions (BEGIN IMMEDIATE) already exclude each other.
    /// </summary>
    public string? LoadLock => Engine == WarehouseEngine.SqlServer
        ? "EXEC sp_getapplock @Resource = N'volunteerdw-load', @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 120000"
        : null;

    /// <summary>Ends a batch: SQL Server scripts are split on GO, SQLite runs the script whole.</summary>
    public string EndBatch => Engine == WarehouseEngine.SqlServer ? "GO\n" : string.Empty;
}
