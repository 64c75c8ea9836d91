using VolunteerDW.Reports.Data;
using VolunteerDW.Reports.SemiAnnual;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Timeliness;

namespace VolunteerDW.Reports.Analysis;

/// <summary>
/// Who sent their returns, and when, at each tier: every expected unit of each quarter judged by
/// the Rules' deadlines as of a given day, counted per region.
/// </summary>
public static class ComplianceAnalysis
{
    /// <summary>Each expected unit's timeliness in each of the quarters, as of a day.</summary>
    public static IReadOnlyList<(int QuarterKey, TimelinessRow Row)> Evaluate(DimensionSnapshot dimensions, IReadOnlyList<QuarterRow> quarters,
        IReadOnlyList<FirstVersion> firstReturns, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(quarters);
        var first = firstReturns.ToDictionary(f => (f.QuarterKey, f.UnitKato));
        return [.. quarters.SelectMany(q => dimensions.ReportingUnitsAt(q.LastDayKey).Select(unit => (q.QuarterKey,
            TimelinessRule.Evaluate(unit, first.GetValueOrDefault((q.QuarterKey, unit.KatoCode)), (q.Tier1DeadlineKey, q.Tier2DeadlineKey), today))))];
    }

    /// <summary>Per region: its districts' and cities' returns (tier 1) and its own (tier 2).</summary>
    public static IReadOnlyList<ComplianceLine> ByRegion(IReadOnlyList<(int QuarterKey, TimelinessRow Row)> rows, DimensionSnapshot dimensions, IReadOnlyList<RegionRow> regions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(regions);
        var regionOf = dimensions.Units.ToDictionary(u => u.RegionSk, u => u.RegionKato);
        string? RegionOf(TimelinessRow row) => regionOf[row.RegionSk];
        return [.. regions.Select(region => new ComplianceLine(region.Kato, RegionAnalysis.Name(region),
            Count(rows.Where(r => r.Row.Tier == 1 && RegionOf(r.Row) == region.Kato).Select(r => r.Row)),
            Count(rows.Where(r => r.Row.Tier == 2 && r.Row.UnitKato == region.Kato).Select(r => r.Row))))];
    }

    /// <summary>The country's line: the sum of the regions'.</summary>
    public static ComplianceLine Total(IReadOnlyList<ComplianceLine> lines) => new("000000000", Vocabulary.Total,
        lines.Select(l => l.Districts).Aggregate(new TierCounts(0, 0, 0, 0, 0, 0), TierCounts.Add),
        lines.Select(l => l.Region).Aggregate(new TierCounts(0, 0, 0, 0, 0, 0), TierCounts.Add));

    /// <summary>Units late or missing in every quarter given: a recommendation's subjects.</summary>
    public static IReadOnlyList<RecommendationSubject> LateOrMissingThroughout(IReadOnlyList<(int QuarterKey, TimelinessRow Row)> rows, DimensionSnapshot dimensions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        var quarters = rows.Select(r => r.QuarterKey).Distinct().Count();
        return [.. rows.Where(r => r.Row.Status is TimelinessRow.Late or TimelinessRow.Missing)
            .GroupBy(r => r.Row.UnitKato)
            .Where(g => g.Count() == quarters)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var unit = dimensions.Units.First(u => u.RegionSk == g.First().Row.RegionSk);
                return new RecommendationSubject(g.Key, new Label(unit.NameKk, unit.NameRu, unit.NameEn ?? unit.NameRu), g.Count(r => r.Row.Status == TimelinessRow.Missing));
            })];
    }

    /// <summary>Counts of returns by their status.</summary>
    public static TierCounts Count(IEnumerable<TimelinessRow> rows)
    {
        var list = rows.ToList();
        int Of(string status) => list.Count(r => r.Status == status);
        return new TierCounts(list.Count, Of(TimelinessRow.OnTime) + Of(TimelinessRow.Late), Of(TimelinessRow.OnTime),
            Of(TimelinessRow.Late), Of(TimelinessRow.Missing), Of(TimelinessRow.Pending));
    }
}
