using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Warehouse.Dimensions;

/// <summary>One version of an administrative unit, as held in <c>dim_region</c>.</summary>
public sealed record UnitVersionRow
{
    public int RegionSk { get; init; }

    public string KatoCode { get; init; } = string.Empty;

    public string? ParentKatoCode { get; init; }

    /// <summary>
    /// The region this version counts for (<c>dim_region.region_kato</c>): itself for a region, its
    /// parent for a district or city, null for the country.
    /// </summary>
    public string? RegionKato { get; init; }

    public int Level { get; init; }

    public string UnitKind { get; init; } = string.Empty;

    public int? ReportingTier { get; init; }

    public string NameKk { get; init; } = string.Empty;

    public string NameRu { get; init; } = string.Empty;

    public string? NameEn { get; init; }

    public int ValidFromKey { get; init; }

    public int ValidToKey { get; init; }

    public bool IsCurrent { get; init; }

    /// <summary>The version's name in each language; English falls back to Russian.</summary>
    public Label Name => new(NameKk, NameRu, NameEn ?? NameRu);

    /// <summary>Whether this version is valid on a date given as yyyymmdd.</summary>
    public bool ValidOn(int dateKey) => ValidFromKey <= dateKey && dateKey <= ValidToKey;
}

/// <summary>One entry of a classifier (<c>dim_subject_type</c>, <c>dim_activity_type</c>).</summary>
public sealed record ClassifierRow
{
    public int Key { get; init; }

    public string Code { get; init; } = string.Empty;

    public string NameKk { get; init; } = string.Empty;

    public string NameRu { get; init; } = string.Empty;

    public string NameEn { get; init; } = string.Empty;
}
