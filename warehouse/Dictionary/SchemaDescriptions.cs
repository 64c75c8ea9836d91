using System.Text.Json;

namespace VolunteerDW.Warehouse.Dictionary;

/// <summary>
/// What every table, view and column means, kept in <c>Dictionary/descriptions.json</c> beside the
/// migrations: the one place the data dictionary's words come from. A column that means the same
/// wherever it appears is described once, under <c>shared</c>; a table or view may say more of its own.
/// </summary>
public sealed record SchemaDescriptions
{
    /// <summary>The shipped file's name inside the assembly.</summary>
    public const string ResourceName = "Dictionary/descriptions.json";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public IReadOnlyDictionary<string, string> Shared { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, ObjectDescription> Objects { get; init; } = new Dictionary<string, ObjectDescription>();

    /// <summary>The descriptions shipped with the warehouse.</summary>
    public static SchemaDescriptions Shipped { get; } = Parse(EmbeddedFiles.Read(typeof(SchemaDescriptions).Assembly, ResourceName));

    public static SchemaDescriptions Parse(string json) =>
        JsonSerializer.Deserialize<SchemaDescriptions>(json, Json) ?? throw new InvalidDataException($"{ResourceName} is empty.");

    /// <summary>A column's description: the table's own, else the shared one; null when it has none.</summary>
    public string? Column(string objectName, string column) =>
        Objects.GetValueOrDefault(objectName)?.Columns.GetValueOrDefault(column) ?? Shared.GetValueOrDefault(column);

    /// <summary>
    /// What the descriptions lack or describe in vain: objects, grains and columns with no words,
    /// and words for objects, columns or shared names the schema does not have.
    /// </summary>
    public IReadOnlyList<string> Gaps(SchemaCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var gaps = new List<string>();
        var byName = catalog.Objects.ToDictionary(o => o.Name, StringComparer.Ordinal);
        foreach (var item in catalog.Objects)
        {
            if (Objects.GetValueOrDefault(item.Name) is not { } described)
            {
                gaps.Add($"{item.Name}: not described");
                continue;
            }

            if (string.IsNullOrWhiteSpace(described.About) || string.IsNullOrWhiteSpace(described.Grain))
            {
                gaps.Add($"{item.Name}: needs both \"about\" and \"grain\"");
            }

            if (item.IsView && described.Key.Count == 0)
            {
                gaps.Add($"{item.Name}: a view needs its \"key\", the columns that tell its rows apart");
            }

            gaps.AddRange(described.Key.Where(c => item.Columns.All(k => k.Name != c)).Select(c => $"{item.Name}: key column {c} is not in the schema"));

            gaps.AddRange(item.Columns.Where(c => string.IsNullOrWhiteSpace(Column(item.Name, c.Name))).Select(c => $"{item.Name}.{c.Name}: not described"));
            gaps.AddRange(described.Columns.Keys.Where(c => item.Columns.All(k => k.Name != c)).Select(c => $"{item.Name}.{c}: described but not in the schema"));
        }

        gaps.AddRange(Objects.Keys.Where(name => !byName.ContainsKey(name)).Select(name => $"{name}: described but not in the schema"));
        gaps.AddRange(Shared.Keys.Where(column => !catalog.Objects.Any(o => o.Columns.Any(c => c.Name == column)))
            .Select(column => $"shared {column}: described but in no table or view"));
        return gaps;
    }
}

/// <summary>A table's or view's description: what it holds, one row per what, and its own column notes.</summary>
public sealed record ObjectDescription
{
    public string About { get; init; } = string.Empty;

    public string Grain { get; init; } = string.Empty;

    /// <summary>For a view, the columns that tell its rows apart (a table's key is its primary key).</summary>
    public IReadOnlyList<string> Key { get; init; } = [];

    public IReadOnlyDictionary<string, string> Columns { get; init; } = new Dictionary<string, string>();
}
