using VolunteerDW.Reports.Analysis;
using VolunteerDW.Reports.Data;
using VolunteerDW.Reports.Tables;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Timeliness;

namespace VolunteerDW.Reports.Quarterly;

/// <summary>
/// The quarterly information: the country's digest, or one region's consolidated information as
/// it goes to the ministry (Rules §8) — its units' returns, the totals of its territory and how they
/// reconcile with the region's own claim.
/// </summary>
public sealed record QuarterlyReport
{
    public required ReportInfo Info { get; init; }

    public required int QuarterKey { get; init; }

    public required int PreviousQuarterKey { get; init; }

    public required int YearEarlierQuarterKey { get; init; }

    /// <summary>The region, or null for the country.</summary>
    public required string? RegionKato { get; init; }

    public required Label? RegionName { get; init; }

    public required bool HasData { get; init; }

    public required PeriodFigures Current { get; init; }

    public required PeriodFigures Previous { get; init; }

    public required PeriodFigures YearEarlier { get; init; }

    /// <summary>The units of the region (or the regions of the country) with their returns' status and figures.</summary>
    public required IReadOnlyList<UnitLine> Units { get; init; }

    public required TierCounts Districts { get; init; }

    /// <summary>Each region's returns at both tiers (the one region's, for a region's information).</summary>
    public required IReadOnlyList<ComplianceLine> Compliance { get; init; }

    public required TierCounts Regions { get; init; }

    public required IReadOnlyList<ReconciliationRow> Reconciliation { get; init; }

    public required IReadOnlyList<PracticeGroup> PositiveExperience { get; init; }

    public required int Problems { get; init; }

    public required int Proposals { get; init; }

    public required IReadOnlyDictionary<string, ReportTable> Tables { get; init; }

    public required IReadOnlyDictionary<string, object> Charts { get; init; }
}

/// <summary>A unit's (or, in the country's digest, a region's) return for the quarter: its status and its main figures.</summary>
public sealed record UnitLine(string Kato, Label Name, int Tier, TimelinessRow Timeliness, long? Subjects, long? People, long? Programmes, long? Beneficiaries,
    long? Volunteers, long? Population)
{
    /// <summary>Volunteers per 10,000 people, where the unit's population is loaded.</summary>
    public double? VolunteersPer10000 => PeriodFigures.Per10000(Volunteers, Population);
}
