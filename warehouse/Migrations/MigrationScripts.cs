using DbUp;
using DbUp.Engine;
using DbUp.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.ReferenceData;
using VolunteerDW.Warehouse.Views;

namespace VolunteerDW.Warehouse.Migrations;

/// <summary>The migrations shipped for each engine, in the order they run.</summary>
public static class MigrationScripts
{
    /// <summary>The embedded folder holding an engine's migration files.</summary>
    public static string Folder(WarehouseEngine engine) => $"Migrations/{engine}/";

    /// <summary>
    /// The engine's migration files plus the generated reference-data seeds, ordered by name (the
    /// four-digit prefix). Names are journalled without the folder, e.g. <c>0001_calendar.sql</c>.
    /// </summary>
    public static IReadOnlyList<SqlScript> For(WarehouseEngine engine)
    {
        var assembly = typeof(MigrationScripts).Assembly;
        var folder = Folder(engine);
        var files = EmbeddedFiles.List(assembly, folder)
            .Select(name => new SqlScript(name[folder.Length..], EmbeddedFiles.Read(assembly, name)));
        var dialect = SqlDialect.For(engine);
        SqlScript[] seeds =
        [
            new(ReferenceDataScript.Name, ReferenceDataScript.Generate(dialect)),
            new(ReferenceFigureScript.Name, ReferenceFigureScript.Generate(dialect)),
        ];
        return [.. files.Concat(seeds).OrderBy(script => script.Name, StringComparer.Ordinal)];
    }

    /// <summary>The name the views script runs under; it is not journalled.</summary>
    public const string ViewsName = "views";

    /// <summary>
    /// The reporting views, dropped and re-created on every migration after the scripts above, so
    /// that a deploy always leaves them matching the tables.
    /// </summary>
    public static SqlScript Views(WarehouseEngine engine) => new(ViewsName, ViewCatalog.Script(SqlDialect.For(engine)),
        new SqlScriptOptions { ScriptType = ScriptType.RunAlways, RunGroupOrder = DbUpDefaults.DefaultRunGroupOrder + 1 });
}
