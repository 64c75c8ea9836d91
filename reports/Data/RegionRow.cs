using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Data;

/// <summary>A region valid on a date, with its population where known (<c>regions.sql</c>).</summary>
public sealed record RegionRow
{
    /// <summary>The region's name in each language; English falls back to Russian.</summary>
    public Label Name => new(NameKk, NameRu, NameEn ?? NameRu);

    public string Kato { get; init; } = string.Empty;

    public string NameKk { get; init; } = string.Empty;

    public string NameRu { get; init; } = string.Empty;

    public string? NameEn { get; init; }

    public long? Population { get; init; }

    public int? PopulationYear { get; init; }
}
