using VolunteerDW.Reports.Analysis;
using VolunteerDW.Reports.Tables;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Compliance;

/// <summary>Who has not sent a quarter's return, or sent it late, at each tier, as of a day (Rules §7, §8).</summary>
public sealed record ComplianceReport
{
    public required ReportInfo Info { get; init; }

    public required int QuarterKey { get; init; }

    /// <summary>The region, or null for the country.</summary>
    public required string? RegionKato { get; init; }

    public required Label? RegionName { get; init; }

    public required DateOnly Tier1Deadline { get; init; }

    public required DateOnly Tier2Deadline { get; init; }

    public required DateOnly AsOf { get; init; }

    public required IReadOnlyList<ComplianceRegion> Regions { get; init; }

    public required ComplianceLine Total { get; init; }

    public required IReadOnlyDictionary<string, ReportTable> Tables { get; init; }

    /// <summary>How many units are missing or late, at both tiers.</summary>
    public int Flagged => Regions.Sum(r => r.Missing.Count + r.Late.Count + (r.Own.Status is TimelinessStatuses.Missing or TimelinessStatuses.Late ? 1 : 0));
}

/// <summary>A region: its own return and those of its districts and cities that are missing or late.</summary>
public sealed record ComplianceRegion(string Kato, Label Name, UnitStatus Own, ComplianceLine Counts, IReadOnlyList<UnitStatus> Missing, IReadOnlyList<UnitStatus> Late);

/// <summary>A unit's return: its status, the date that counts (sent for districts, received for regions) and days late.</summary>
public sealed record UnitStatus(string Kato, Label Name, int Tier, string Status, DateOnly? Date, int? DaysLate);
