using System.Globalization;
using System.Text;

namespace VolunteerDW.Warehouse.Dictionary;

/// <summary>
/// The data dictionary, <c>warehouse/DATA-DICTIONARY.md</c>: every view and table with its
/// grain, keys, columns and meaning, written from the schema and its descriptions.
/// </summary>
public static class DataDictionaryWriter
{
    /// <summary>Where the dictionary lives in the source tree, from its root.</summary>
    public const string DefaultPath = "warehouse/DATA-DICTIONARY.md";

    /// <summary>The dictionary as Markdown; refuses to write one with gaps, naming them.</summary>
    public static string Markdown(SchemaCatalog catalog, SchemaDescriptions descriptions)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(descriptions);
        var gaps = descriptions.Gaps(catalog);
        if (gaps.Count > 0)
        {
            throw new InvalidDataException($"{SchemaDescriptions.ResourceName} does not match the schema; add or remove these descriptions:\n  "
                + string.Join("\n  ", gaps));
        }

        var text = new StringBuilder();
        text.AppendLine("# Data dictionary").AppendLine()
            .AppendLine("Every view and table of the warehouse: what one row is (its grain), its keys, and what each column means.")
            .AppendLine("The names and columns are the same on SQL Server and SQLite. Analysts and Power BI read the views (`v_*`);")
            .AppendLine("the tables beneath them are for the loader and for those who maintain the warehouse. A NULL count means")
            .AppendLine("\"not reported\" and 0 \"reported zero\" throughout.").AppendLine()
            .AppendLine("Written by `vdw docs` from `warehouse/Dictionary/descriptions.json` and the schema the migrations create;")
            .AppendLine("change the descriptions there, never this file.").AppendLine();
        var views = catalog.Objects.Where(o => o.IsView).ToList();
        var tables = catalog.Objects.Where(o => !o.IsView).ToList();
        Contents(text, "Views", views, descriptions);
        Contents(text, "Tables", tables, descriptions);
        foreach (var item in views.Concat(tables))
        {
            Section(text, item, descriptions);
        }

        return text.ToString();
    }

    private static void Contents(StringBuilder text, string heading, IReadOnlyList<SchemaObject> objects, SchemaDescriptions descriptions)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"## {heading}").AppendLine().AppendLine("| name | one row is |").AppendLine("|---|---|");
        foreach (var item in objects)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| [`{item.Name}`](#{item.Name}) | {Cell(descriptions.Objects[item.Name].Grain)} |");
        }

        text.AppendLine();
    }

    private static void Section(StringBuilder text, SchemaObject item, SchemaDescriptions descriptions)
    {
        var described = descriptions.Objects[item.Name];
        text.AppendLine(CultureInfo.InvariantCulture, $"### {item.Name}").AppendLine()
            .AppendLine(described.About).AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"- **{(item.IsView ? "View" : "Table")}.** One row is {described.Grain}");
        var (keyName, key) = item.IsView ? ("Key", described.Key) : ("Primary key", item.PrimaryKey);
        if (key.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- **{keyName}:** {string.Join(", ", key.Select(c => $"`{c}`"))}");
        }

        text.AppendLine();
        text.AppendLine(item.IsView ? "| column | meaning |" : "| column | null | references | meaning |")
            .AppendLine(item.IsView ? "|---|---|" : "|---|---|---|---|");
        foreach (var column in item.Columns)
        {
            var meaning = Cell(descriptions.Column(item.Name, column.Name)!);
            text.AppendLine(item.IsView
                ? $"| `{column.Name}` | {meaning} |"
                : $"| `{column.Name}` | {(column.Nullable ? "yes" : "no")} | {(column.References is { } target ? $"`{target}`" : string.Empty)} | {meaning} |");
        }

        text.AppendLine();
    }

    // Descriptions are plain prose; a pipe would end the table cell and a line break the row.
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
