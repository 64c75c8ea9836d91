using VolunteerDW.Reports.Data;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Timeliness;

namespace VolunteerDW.Reports.Analysis;

/// <summary>
/// Who sent their returns, and when, at each tier: every expected unit of each quarter as its
/// stored timeliness says (brought up to the report's time first), counted per region.
/// </summary>
public static class ComplianceAnalysis
{
    /// <summary>Per region: its districts' and cities' returns (tier 1) and its own (tier 2).</summary>
    public static IReadOnlyList<ComplianceLine> ByRegion(IReadOnlyList<TimelinessRow> rows, IReadOnlyList<RegionRow> regions)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(regions);
        return [.. regions.Select(region => new ComplianceLine(region.Kato, region.Name,
            Count(rows.Where(r => r.Tier == 1 && r.RegionKato == region.Kato)),
            Count(rows.Where(r => r.Tier == 2 && r.UnitKato == region.Kato))))];
    }

    /// <summary>The country's line: the sum of the regions'.</summary>
    public static ComplianceLine Total(IReadOnlyList<ComplianceLine> lines) => new("000000000", Vocabulary.Total,
        lines.Select(l => l.Districts).Aggregate(new TierCounts(0, 0, 0, 0, 0, 0), TierCounts.Add),
        lines.Select(l => l.Region).Aggregate(new TierCounts(0, 0, 0, 0, 0, 0), TierCounts.Add));

    /// <summary>Units late or missing in every quarter given: a recommendation's subjects.</summary>
    public static IReadOnlyList<RecommendationSubject> LateOrMissingThroughout(IReadOnlyList<TimelinessRow> rows, DimensionSnapshot dimensions)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(dimensions);
        var quarters = rows.Select(r => r.QuarterKey).Distinct().Count();
        return [.. rows.Where(r => r.Status is TimelinessStatuses.Late or TimelinessStatuses.Missing)
            .GroupBy(r => r.UnitKato)
            .Where(g => g.Count() == quarters)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var unit = dimensions.Version(g.First().RegionSk);
                return new RecommendationSubject(g.Key, unit.Name, g.Count(r => r.Status == TimelinessStatuses.Missing));
            })];
    }

    /// <summary>Counts of returns by their status.</summary>
    public static TierCounts Count(IEnumerable<TimelinessRow> rows)
    {
        var list = rows.ToList();
        int Of(string status) => list.Count(r => r.Status == status);
        return new TierCounts(list.Count, Of(TimelinessStatuses.OnTime) + Of(TimelinessStatuses.Late), Of(TimelinessStatuses.OnTime),
            Of(TimelinessStatuses.Late), Of(TimelinessStatuses.Missing), Of(TimelinessStatuses.Pending));
    }
}
