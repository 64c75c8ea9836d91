namespace VolunteerDW.Warehouse.ReferenceData;

/// <summary>The reference CSV files shipped in <c>warehouse/ReferenceData/</c>.</summary>
internal sealed class ReferenceFiles
{
    private ReferenceFiles(Func<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>> read)
    {
        Regions = read("regions.csv");
        Districts = read("districts.csv");
        RegionTransfers = read("region_transfers.csv");
        SubjectTypes = read("subject_types.csv");
        ActivityTypes = read("activity_types.csv");
    }

    public IReadOnlyList<IReadOnlyDictionary<string, string?>> Regions { get; }

    public IReadOnlyList<IReadOnlyDictionary<string, string?>> Districts { get; }

    public IReadOnlyList<IReadOnlyDictionary<string, string?>> RegionTransfers { get; }

    public IReadOnlyList<IReadOnlyDictionary<string, string?>> SubjectTypes { get; }

    public IReadOnlyList<IReadOnlyDictionary<string, string?>> ActivityTypes { get; }

    /// <summary>The files as shipped in this assembly.</summary>
    public static ReferenceFiles Shipped { get; } = new(name =>
        Csv.Read(EmbeddedFiles.Read(typeof(ReferenceFiles).Assembly, $"ReferenceData/{name}")));
}
