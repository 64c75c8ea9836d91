using System.Text.RegularExpressions;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Warehouse.Views;

/// <summary>
/// The reporting views, read from <c>Views/*.sql</c>: one query per file, named after it. A file
/// may write <c>@place(alias)</c> for the place and period columns every view shares, and declare
/// a variant — the same query under another name with one condition replaced — in a comment line
/// <c>-- @variant name: old => new</c>. The views are written out for either engine in the order
/// they depend on each other.
/// </summary>
public static partial class ViewCatalog
{
    /// <summary>The embedded folder of the view files.</summary>
    public const string Folder = "Views/";

    /// <summary>The place and period columns <c>@place</c> stands for, in order.</summary>
    public static IReadOnlyList<string> PlaceColumns { get; } =
    [
        "year", "half", "quarter", "quarter_key", "quarter_name_kk", "quarter_name_ru", "half_name_kk", "half_name_ru",
        "country_kato", "country_name_kk", "country_name_ru", "region_kato", "region_name_kk", "region_name_ru",
        "district_kato", "district_name_kk", "district_name_ru", "unit_kato", "unit_name_kk", "unit_name_ru", "unit_kind", "reporting_tier",
    ];

    /// <summary>Every view, each after the views it reads.</summary>
    public static IReadOnlyList<ViewDefinition> All { get; } = Load();

    /// <summary>The script that drops and re-creates every view on an engine.</summary>
    public static string Script(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var drops = All.Reverse().Select(v => $"DROP VIEW IF EXISTS {dialect.Table(v.Name)};\n{dialect.EndBatch}");
        var creates = All.Select(v => $"CREATE VIEW {dialect.Table(v.Name)} AS\n{Qualified(v.Sql, dialect)};\n{dialect.EndBatch}{Grant(v, dialect)}");
        return string.Join("\n", drops.Concat(creates));
    }

    /// <summary>The view a file defines, named after the file, and the variants it declares.</summary>
    public static IReadOnlyList<ViewDefinition> Parse(string fileName, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var name = Path.GetFileNameWithoutExtension(fileName);
        var sql = Place().Replace(Variant().Replace(text, string.Empty), m => string.Join(", ", PlaceColumns.Select(c => $"{m.Groups["alias"].Value}.{c}"))).Trim();
        var views = new List<ViewDefinition> { new(name, sql) };
        foreach (Match variant in Variant().Matches(text))
        {
            var (variantName, old, replacement) = (variant.Groups["name"].Value, variant.Groups["old"].Value.Trim(), variant.Groups["new"].Value.Trim());
            if (!sql.Contains(old, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{fileName}: the variant {variantName} replaces '{old}', which the query does not contain.");
            }

            views.Add(new ViewDefinition(variantName, $"-- {variantName}: {name} with {replacement} in place of {old}.\n{sql.Replace(old, replacement, StringComparison.Ordinal)}"));
        }

        return views;
    }

    private static List<ViewDefinition> Load()
    {
        var assembly = typeof(ViewCatalog).Assembly;
        return InDependencyOrder([.. EmbeddedFiles.List(assembly, Folder)
            .Where(r => r.EndsWith(".sql", StringComparison.Ordinal))
            .SelectMany(r => Parse(r, EmbeddedFiles.Read(assembly, r)))]);
    }

    private static List<ViewDefinition> InDependencyOrder(List<ViewDefinition> views)
    {
        var ordered = new List<ViewDefinition>();
        var pending = views.OrderBy(v => v.Name, StringComparer.Ordinal).ToList();
        while (pending.Count > 0)
        {
            var ready = pending.FirstOrDefault(v => pending.All(other => other == v || !v.Reads(other.Name)))
                ?? throw new InvalidOperationException($"The views {string.Join(", ", pending.Select(v => v.Name))} read each other in a circle.");
            ordered.Add(ready);
            pending.Remove(ready);
        }

        return ordered;
    }

    // SQL Server resolves names inside a view by the schema of whoever queries it unless they are qualified.
    private static string Qualified(string sql, SqlDialect dialect) =>
        dialect.Engine == WarehouseEngine.SqlServer ? TableReference().Replace(sql, m => $"{m.Groups["keyword"].Value} {dialect.Table(m.Groups["name"].Value)}") : sql;

    // Analysts read the views only; row-level security on the tables below narrows what regional analysts see.
    private static string Grant(ViewDefinition view, SqlDialect dialect) => dialect.Engine == WarehouseEngine.SqlServer
        ? $"GRANT SELECT ON {dialect.Table(view.Name)} TO vdw_analyst, vdw_regional_analyst;\n{dialect.EndBatch}"
        : string.Empty;

    [GeneratedRegex(@"@place\((?<alias>[a-z_]+)\)")]
    private static partial Regex Place();

    [GeneratedRegex(@"^--\s*@variant\s+(?<name>[a-z_]+):(?<old>.+?)=>(?<new>.+)\n", RegexOptions.Multiline)]
    private static partial Regex Variant();

    [GeneratedRegex(@"\b(?<keyword>FROM|JOIN)\s+(?<name>(?:dim|fact|etl|stg|ref|v)_[a-z0-9_]+)\b")]
    private static partial Regex TableReference();
}

/// <summary>A view: its name and its query, with <c>@place</c> written out.</summary>
public sealed partial record ViewDefinition(string Name, string Sql)
{
    /// <summary>Whether the query reads another view (or table) of that name.</summary>
    public bool Reads(string name) => Regex.IsMatch(Sql, $@"\b(FROM|JOIN)\s+{Regex.Escape(name)}\b");
}
