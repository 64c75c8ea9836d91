namespace VolunteerDW.Warehouse.ReferenceData;

/// <summary>One version of an administrative unit, as seeded into <c>dim_region</c>.</summary>
internal sealed record UnitVersion(
    string KatoCode,
    string? ParentKatoCode,
    int Level,
    string UnitKind,
    string NameKk,
    string NameRu,
    string? NameEn,
    int ValidFromKey,
    int ValidToKey)
{
    /// <summary>Start of a version that existed before our records begin.</summary>
    public const int OpenStart = 19000101;

    /// <summary>End of a version still valid today.</summary>
    public const int OpenEnd = 99991231;

    public bool IsCurrent => ValidToKey == OpenEnd;

    /// <summary>Districts and cities report to their region (tier 1); regions to the ministry (tier 2).</summary>
    public int? ReportingTier => Level switch { 1 => 2, 2 => 1, _ => null };
}
