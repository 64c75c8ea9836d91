using System.CommandLine;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Host.Cli;

/// <summary>Options every verb takes: where the warehouse is, and how much to say on failure.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Engine = new("--engine")
    {
        Description = $"Database engine: sqlite or sqlserver (default: ${WarehouseSettings.EngineVariable}, else sqlite).",
        HelpName = "sqlite|sqlserver",
        Recursive = true,
    };

    public static readonly Option<string?> Connection = new("--connection")
    {
        Description = $"Connection string, or a file path for SQLite (default: ${WarehouseSettings.ConnectionVariable}, else {WarehouseSettings.DefaultSqlitePath}).",
        HelpName = "connection string",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "On failure, print the full error with its stack trace.",
        Recursive = true,
    };

    public static void AddTo(Command root)
    {
        root.Options.Add(Engine);
        root.Options.Add(Connection);
        root.Options.Add(Verbose);
    }

    public static WarehouseConnectionFactory Warehouse(ParseResult parseResult) => new(WarehouseSettings.Resolve(
        parseResult.GetValue(Engine), parseResult.GetValue(Connection)));
}
