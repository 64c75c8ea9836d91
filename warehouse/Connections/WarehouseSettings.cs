using System.Collections;
using System.Data.Common;

namespace VolunteerDW.Warehouse.Connections;

/// <summary>Which engine to use and how to reach it.</summary>
/// <param name="Engine">The engine.</param>
/// <param name="ConnectionString">A connection string for that engine.</param>
public sealed record WarehouseSettings(WarehouseEngine Engine, string ConnectionString)
{
    /// <summary>Environment variable that names the engine (<c>sqlite</c> or <c>sqlserver</c>).</summary>
    public const string EngineVariable = "VDW_ENGINE";

    /// <summary>Environment variable that holds the connection string.</summary>
    public const string ConnectionVariable = "VDW_CONNECTION";

    /// <summary>The SQLite file used when nothing else is configured, relative to the working folder.</summary>
    public const string DefaultSqlitePath = "data/volunteerdw.db";

    /// <summary>
    /// Resolves the settings: explicit values first, then the environment, then the SQLite default.
    /// For SQLite a bare file path is accepted in place of a connection string.
    /// </summary>
    public static WarehouseSettings Resolve(string? engine, string? connection, IDictionary? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariables();
        var engineText = FirstNonEmpty(engine, environment[EngineVariable] as string) ?? "sqlite";
        var parsedEngine = ParseEngine(engineText);
        var connectionText = FirstNonEmpty(connection, environment[ConnectionVariable] as string);
        if (connectionText is null)
        {
            if (parsedEngine == WarehouseEngine.SqlServer)
            {
                throw new WarehouseConfigurationException(
                    $"SQL Server needs a connection string: pass --connection \"Server=...;Database=...\" or set {ConnectionVariable}.");
            }

            connectionText = DefaultSqlitePath;
        }

        if (parsedEngine == WarehouseEngine.Sqlite && !connectionText.Contains('=', StringComparison.Ordinal))
        {
            connectionText = $"Data Source={connectionText}";
        }

        return new WarehouseSettings(parsedEngine, connectionText);
    }

    /// <summary>Parses an engine name as typed by a user.</summary>
    public static WarehouseEngine ParseEngine(string text) => text.Trim().ToUpperInvariant() switch
    {
        "SQLITE" => WarehouseEngine.Sqlite,
        "SQLSERVER" or "MSSQL" => WarehouseEngine.SqlServer,
        _ => throw new WarehouseConfigurationException($"Unknown engine '{text}': use sqlite or sqlserver."),
    };

    /// <summary>A description of the target safe to print: the server and database or file, never credentials.</summary>
    public string Describe()
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = ConnectionString };
        string? Value(params string[] keys) => keys.Select(k => builder.TryGetValue(k, out var v) ? v?.ToString() : null)
            .FirstOrDefault(v => !string.IsNullOrEmpty(v));
        return Engine == WarehouseEngine.Sqlite
            ? $"SQLite {Value("Data Source", "DataSource", "Filename") ?? "(no file)"}"
            : $"SQL Server {Value("Server", "Data Source", "Address") ?? "(no server)"}, database {Value("Database", "Initial Catalog") ?? "(default)"}";
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
