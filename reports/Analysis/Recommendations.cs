using VolunteerDW.Reports.Data;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Analysis;

/// <summary>
/// Recommendations the data itself supports, each by a rule the report states in words:
/// <list type="bullet">
/// <item><c>low_volunteer_rate</c> (civic initiatives): regions whose volunteers per 10,000 people are below the median of the regions.</item>
/// <item><c>partnership</c> (role of volunteering): the national share of programmes run with a state body, against a benchmark of a half, and the three regions with the lowest share.</item>
/// <item><c>declining_two_quarters</c>, <c>late_or_missing</c>, <c>reconciliation</c> (solving the problems): regions whose volunteers fell two quarters running; units late or missing in both quarters; regions whose claims differ from their units' returns.</item>
/// </list>
/// </summary>
public static class Recommendations
{
    /// <summary>The share of programmes run with a state body the report measures against.</summary>
    public const double PartnershipBenchmark = 0.5;

    public const int LowestPartnershipShown = 3;

    public static IReadOnlyList<Recommendation> CivicInitiatives(IReadOnlyList<RegionLine> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var rated = regions.Where(r => r.VolunteersPer10000 is not null).ToList();
        if (rated.Count == 0)
        {
            return [];
        }

        var median = Median([.. rated.Select(r => r.VolunteersPer10000!.Value)]);
        var below = rated.Where(r => r.VolunteersPer10000 < median).OrderBy(r => r.VolunteersPer10000)
            .Select(r => new RecommendationSubject(r.Kato, r.Name, r.VolunteersPer10000)).ToList();
        return below.Count == 0 ? [] : [new Recommendation("low_volunteer_rate", below, median)];
    }

    public static IReadOnlyList<Recommendation> RoleOfVolunteering(PeriodFigures country, IReadOnlyList<RegionLine> regions)
    {
        ArgumentNullException.ThrowIfNull(country);
        ArgumentNullException.ThrowIfNull(regions);
        if (country.PartnershipShare is not { } share)
        {
            return [];
        }

        var lowest = regions.Where(r => r.Figures.PartnershipShare is not null)
            .OrderBy(r => r.Figures.PartnershipShare).ThenBy(r => r.Kato, StringComparer.Ordinal).Take(LowestPartnershipShown)
            .Select(r => new RecommendationSubject(r.Kato, r.Name, r.Figures.PartnershipShare)).ToList();
        return [new Recommendation("partnership", lowest, share)];
    }

    public static IReadOnlyList<Recommendation> ProblemSolving(IReadOnlyList<RegionDecline> declining, IReadOnlyList<RecommendationSubject> lateOrMissing,
        IReadOnlyList<ReconciliationRow> reconciliation, IReadOnlyDictionary<string, Label> regionNames)
    {
        ArgumentNullException.ThrowIfNull(declining);
        ArgumentNullException.ThrowIfNull(reconciliation);
        ArgumentNullException.ThrowIfNull(regionNames);
        var differing = reconciliation.GroupBy(r => r.RegionKato).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RecommendationSubject(g.Key, regionNames.GetValueOrDefault(g.Key) ?? new Label(g.Key, g.Key, g.Key), g.Count())).ToList();
        return
        [
            .. declining.Count == 0 ? [] : new[] { new Recommendation("declining_two_quarters", [.. declining.Select(d => new RecommendationSubject(d.Kato, d.Name, d.Second))]) },
            .. lateOrMissing.Count == 0 ? [] : new[] { new Recommendation("late_or_missing", lateOrMissing) },
            .. differing.Count == 0 ? [] : new[] { new Recommendation("reconciliation", differing) },
        ];
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }
}

/// <summary>
/// A recommendation a stated rule draws from the data: which rule, and the regions or units it
/// points at, with their figures.
/// </summary>
public sealed record Recommendation(string Rule, IReadOnlyList<RecommendationSubject> Subjects, double? Figure = null);

/// <summary>A region or unit a recommendation concerns, with the figure that put it there.</summary>
public sealed record RecommendationSubject(string Kato, Label Name, double? Figure);
