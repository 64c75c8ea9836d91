using VolunteerDW.Reports.Data;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Reports.Analysis;

/// <summary>Each region's figures, its rate per 10,000 people and rank, and how it changed.</summary>
public static class RegionAnalysis
{
    /// <summary>How many of the fastest-growing regions the report names.</summary>
    public const int GrowingShown = 3;

    /// <summary>
    /// The regions' lines for a half. The rate is active volunteers per 10,000 people, where the
    /// population is known; regions are ranked by it, highest first.
    /// </summary>
    public static IReadOnlyList<RegionLine> Lines(HalfYear half, IReadOnlyList<RegionRow> regions, IReadOnlyList<SubjectRow> subjects, IReadOnlyList<ProgrammeRow> programmes)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var lines = regions.Select(r =>
        {
            var figures = PeriodFigures.Of(half.Quarters, subjects, programmes, r.Kato);
            return new RegionLine(r.Kato, r.Name, r.Population, r.PopulationAsOf, figures, PeriodFigures.Per10000(figures.Volunteers, r.Population), null);
        }).ToList();
        var ranked = lines.Where(l => l.VolunteersPer10000 is not null)
            .OrderByDescending(l => l.VolunteersPer10000).ThenBy(l => l.Kato, StringComparer.Ordinal)
            .Select((l, i) => (l.Kato, Rank: i + 1)).ToDictionary(x => x.Kato, x => x.Rank, StringComparer.Ordinal);
        return [.. lines.Select(l => l with { Rank = ranked.TryGetValue(l.Kato, out var rank) ? rank : null })];
    }

    /// <summary>Volunteers in the half against the same half a year earlier, for regions with both figures.</summary>
    public static IReadOnlyList<RegionChange> Changes(HalfYear half, IReadOnlyList<RegionRow> regions, IReadOnlyList<SubjectRow> subjects)
    {
        ArgumentNullException.ThrowIfNull(regions);
        return [.. regions.Select(r => (Region: r,
                Earlier: PeriodFigures.Of(half.YearEarlier.Quarters, subjects, [], r.Kato).Volunteers,
                Now: PeriodFigures.Of(half.Quarters, subjects, [], r.Kato).Volunteers))
            .Where(x => x.Earlier is > 0 && x.Now is not null)
            .Select(x => new RegionChange(x.Region.Kato, x.Region.Name, x.Earlier!.Value, x.Now!.Value, PeriodFigures.Change(x.Earlier, x.Now)!.Value))];
    }

    /// <summary>Regions whose volunteers fell in each quarter of the half against the quarter before.</summary>
    public static IReadOnlyList<RegionDecline> DecliningTwoQuarters(HalfYear half, IReadOnlyList<RegionRow> regions, IReadOnlyList<SubjectRow> subjects)
    {
        ArgumentNullException.ThrowIfNull(regions);
        long? Volunteers(Quarter q, string kato) => PeriodFigures.Of([q], subjects, [], kato).Volunteers;
        return [.. regions
            .Select(r => (Region: r, Before: Volunteers(half.FirstQuarter.Previous, r.Kato), First: Volunteers(half.FirstQuarter, r.Kato), Second: Volunteers(half.LastQuarter, r.Kato)))
            .Where(x => x.Before is { } b && x.First is { } f && x.Second is { } s && f < b && s < f)
            .Select(x => new RegionDecline(x.Region.Kato, x.Region.Name, x.Before!.Value, x.First!.Value, x.Second!.Value))];
    }
}
