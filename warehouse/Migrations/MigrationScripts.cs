using DbUp.Engine;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.ReferenceData;

namespace VolunteerDW.Warehouse.Migrations;

/// <summary>The migrations shipped for each engine, in the order they run.</summary>
public static class MigrationScripts
{
    /// <summary>The embedded folder holding an engine's migration files.</summary>
    public static string Folder(WarehouseEngine engine) => $"Migrations/{engine}/";

    /// <summary>
    /// The engine's migration files plus the generated reference-data seed, ordered by name (the
    /// four-digit prefix). Names are journalled without the folder, e.g. <c>0001_calendar.sql</c>.
    /// </summary>
    public static IReadOnlyList<SqlScript> For(WarehouseEngine engine)
    {
        var assembly = typeof(MigrationScripts).Assembly;
        var folder = Folder(engine);
        var files = EmbeddedFiles.List(assembly, folder)
            .Select(name => new SqlScript(name[folder.Length..], EmbeddedFiles.Read(assembly, name)));
        var seed = new SqlScript(ReferenceDataScript.Name, ReferenceDataScript.Generate(SqlDialect.For(engine)));
        return [.. files.Append(seed).OrderBy(script => script.Name, StringComparer.Ordinal)];
    }
}
