using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Data;

// The places, classifiers and quarters a report is laid out by. One record per query of reports/Queries, named after it.

/// <summary>A region valid on a date, with the population that counts for the period where one is known, and its date (<c>regions.sql</c>).</summary>
public sealed record RegionRow
{
    /// <summary>The region's name in each language; English falls back to Russian.</summary>
    public Label Name => new(NameKk, NameRu, NameEn ?? NameRu);

    public string Kato { get; init; } = string.Empty;

    public string NameKk { get; init; } = string.Empty;

    public string NameRu { get; init; } = string.Empty;

    public string? NameEn { get; init; }

    public long? Population { get; init; }

    public int? PopulationAsOfKey { get; init; }

    public string? PopulationSource { get; init; }

    /// <summary>The day the population figure counts people for.</summary>
    public DateOnly? PopulationAsOf => PopulationAsOfKey is { } key ? DateKeys.ToDate(key) : null;
}

/// <summary>An entry of a classifier (<c>classifiers.sql</c>).</summary>
public sealed record ClassifierEntry
{
    public string Classifier { get; init; } = string.Empty;

    public string Code { get; init; } = string.Empty;

    public string NameKk { get; init; } = string.Empty;

    public string NameRu { get; init; } = string.Empty;

    public string NameEn { get; init; } = string.Empty;
}

/// <summary>A quarter with its deadlines (<c>quarters.sql</c>).</summary>
public sealed record QuarterRow
{
    public int QuarterKey { get; init; }

    public int HalfKey { get; init; }

    public int LastDayKey { get; init; }

    public int Tier1DeadlineKey { get; init; }

    public int Tier2DeadlineKey { get; init; }

    public int HalfReportDeadlineKey { get; init; }
}
