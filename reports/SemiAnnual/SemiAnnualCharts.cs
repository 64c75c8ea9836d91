using VolunteerDW.Reports.Analysis;
using VolunteerDW.Reports.Charts;
using VolunteerDW.Reports.Data;
using VolunteerDW.Warehouse.Periods;
using V = VolunteerDW.Reports.Analysis.Vocabulary;

namespace VolunteerDW.Reports.SemiAnnual;

/// <summary>The charts of the semi-annual report: two years of quarters, and regions by their rate, ranked and on the map.</summary>
public static class SemiAnnualCharts
{
    public static IReadOnlyDictionary<string, object> For(SemiAnnualReport report, PeriodData data, (Quarter From, Quarter To) window)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(data);
        var quarters = Quarter.Range(window.From, window.To).ToList();
        var figures = quarters.Select(q => PeriodFigures.Of([q], data.Subjects, data.Programmes)).ToList();
        var categories = quarters.Select(SemiAnnualRegionTables.QuarterAxis).ToList();
        return new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["trend_volunteers"] = new LineChart("trend_volunteers", new("Волонтерлер мен тартылған адамдар", "Волонтеры и вовлеченные люди", "Volunteers and people involved"),
                categories,
                [
                    new ChartSeries(V.Volunteers, [.. figures.Select(f => (double?)f.Volunteers)]),
                    new ChartSeries(V.People, [.. figures.Select(f => (double?)f.People)]),
                ],
                new("адам", "человек", "people")),
            ["trend_programmes"] = new LineChart("trend_programmes", V.ProgrammesTotal, categories,
                [new ChartSeries(V.ProgrammesTotal, [.. figures.Select(f => (double?)f.ProgrammesTotal)])],
                new("саны", "количество", "count")),
            ["regions_rate"] = new BarChart("regions_rate", V.Per10000,
                [.. report.Regions.Where(r => r.VolunteersPer10000 is not null).OrderByDescending(r => r.VolunteersPer10000).Select(r => new Bar(r.Name, r.VolunteersPer10000))],
                new("10 000 тұрғынға", "на 10 000 жителей", "per 10,000 people")),
            ["regions_map"] = new TileMap("regions_map", V.Per10000,
                [.. report.Regions.Select(r => new Tile(r.Kato, r.Name, r.VolunteersPer10000))],
                new("10 000 тұрғынға шаққандағы волонтерлер, өңірлер картадағыдай орналасқан", "волонтеров на 10 000 жителей; регионы расположены как на карте", "volunteers per 10,000 people; regions placed as on the map")),
        };
    }
}
