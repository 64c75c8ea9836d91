using VolunteerDW.Reports.Analysis;
using VolunteerDW.Reports.Data;
using VolunteerDW.Reports.Documents;
using VolunteerDW.Reports.SemiAnnual;
using VolunteerDW.Reports.Tables;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;
using VolunteerDW.Warehouse.Timeliness;

namespace VolunteerDW.Reports.Quarterly;

/// <summary>Computes the quarterly information: the country's digest, or one region's consolidated information (Rules §8).</summary>
public sealed class QuarterlyBuilder(WarehouseConnectionFactory connections, TimeProvider time)
{
    public static readonly Label NationalTitle = new(
        "Волонтерлік қызмет мониторингінің тоқсандық дайджесті", "Квартальный дайджест мониторинга волонтерской деятельности", "Quarterly digest of volunteer activity monitoring");

    public static readonly Label RegionTitle = new(
        "Волонтерлік қызмет мониторингінің нәтижелері туралы жиынтық ақпарат", "Сводная информация о результатах мониторинга волонтерской деятельности", "Consolidated information on volunteer activity monitoring");

    public async Task<ReportDocument> DocumentAsync(Quarter quarter, string? regionKato, CancellationToken cancellationToken = default)
    {
        var window = (quarter.Plus(1 - SemiAnnualBuilder.TrendQuarters), quarter);
        var now = time.GetUtcNow();
        var data = await PeriodData.LoadAsOfAsync(connections, window, (quarter, quarter), now, cancellationToken);
        IReadOnlyList<UnitFiguresRow> units;
        await using (var connection = await connections.OpenAsync(cancellationToken: cancellationToken))
        {
            units = await ReportQueries.QueryAsync<UnitFiguresRow>(connection, "unit_figures", new { quarter_key = quarter.Key }, cancellationToken);
        }

        var region = regionKato is null ? null : data.Regions.FirstOrDefault(r => r.Kato == regionKato)
            ?? throw new ArgumentException($"{regionKato} is not a region (oblys, city of republican significance or the capital) at the end of {quarter}.", nameof(regionKato));
        var timeliness = data.Timeliness;
        var subjects = data.Subjects.Where(r => region is null || r.RegionKato == region.Kato).ToList();
        var programmes = data.Programmes.Where(r => region is null || r.RegionKato == region.Kato).ToList();
        var ownRows = timeliness.Where(t => region is null || t.RegionKato == region.Kato).ToList();
        var current = PeriodFigures.Of([quarter], subjects, programmes);
        var previous = PeriodFigures.Of([quarter.Previous], subjects, programmes);
        var yearEarlier = PeriodFigures.Of([quarter.Plus(-4)], subjects, programmes);
        var regionNames = data.RegionNames;
        var practices = data.Practices.Where(p => region is null || p.RegionKato == region.Kato).ToList();
        var lines = region is null
            ? NationalLines(data, quarter, timeliness)
            : RegionLines(data, units, ownRows);
        var info = new ReportInfo(region is null ? NationalTitle : RegionTitle, Period(quarter, region), now, data.LatestLoad);
        var report = new QuarterlyReport
        {
            Info = info,
            QuarterKey = quarter.Key,
            PreviousQuarterKey = quarter.Previous.Key,
            YearEarlierQuarterKey = quarter.Plus(-4).Key,
            RegionKato = region?.Kato,
            RegionName = region?.Name,
            HasData = current.HasData,
            Current = current,
            Previous = previous,
            YearEarlier = yearEarlier,
            Units = lines,
            Districts = ComplianceAnalysis.Count(ownRows.Where(r => r.Tier == 1)),
            Compliance = ComplianceAnalysis.ByRegion(ownRows, region is null ? data.Regions : [region]),
            Regions = ComplianceAnalysis.Count(ownRows.Where(r => r.Tier == 2)),
            Reconciliation = [.. data.Reconciliation.Where(r => region is null || r.RegionKato == region.Kato)],
            PositiveExperience = PracticeAnalysis.ByActivity(practices.Where(p => p.Kind == PracticeKinds.PositiveExperience), data.ActivityTypes, regionNames,
                items => PracticeAnalysis.ByReach(items, 2)),
            Problems = practices.Count(p => p.Kind == PracticeKinds.Problem),
            Proposals = practices.Count(p => p.Kind == PracticeKinds.Proposal),
            Tables = new Dictionary<string, ReportTable>(),
            Charts = new Dictionary<string, object>(),
        };
        report = report with
        {
            Tables = QuarterlyTables.For(report, data, quarter, subjects, programmes),
            Charts = QuarterlyTables.Charts(report, window, subjects, programmes),
        };
        var name = region is null ? $"quarterly-{quarter}" : $"quarterly-{quarter}-{region.Kato}";
        return new ReportDocument(name, "quarterly", info, report, report.Tables, report.Charts,
            ReportSources.Of(data.Sources.Where(s => region is null || ownRows.Any(r => r.UnitKato == s.UnitKato))));
    }

    public static Label Period(Quarter quarter, RegionRow? region)
    {
        var q = SemiAnnualRegionTables.QuarterLabel(quarter);
        return region is null ? q : new($"{region.Name.Kk}, {q.Kk}", $"{region.Name.Ru}, {q.Ru}", $"{region.Name.En}, {q.En}");
    }

    private static IReadOnlyList<UnitLine> NationalLines(PeriodData data, Quarter quarter, IReadOnlyList<TimelinessRow> timeliness) =>
        [.. data.Regions.Select(r =>
        {
            var figures = PeriodFigures.Of([quarter], data.Subjects, data.Programmes, r.Kato);
            var row = timeliness.First(t => t.UnitKato == r.Kato);
            return new UnitLine(r.Kato, r.Name, 2, row, figures.Subjects, figures.People, figures.ProgrammesTotal, figures.Beneficiaries, figures.Volunteers, r.Population);
        })];

    private static IReadOnlyList<UnitLine> RegionLines(PeriodData data, IReadOnlyList<UnitFiguresRow> units, IReadOnlyList<TimelinessRow> rows)
    {
        var figures = units.ToDictionary(u => u.UnitKato, StringComparer.Ordinal);
        return [.. rows.OrderBy(r => r.Tier == 2 ? 0 : 1).ThenBy(r => r.UnitKato, StringComparer.Ordinal).Select(r =>
        {
            var unit = data.Dimensions.Version(r.RegionSk);
            var f = figures.GetValueOrDefault(r.UnitKato);
            // The region's own return counts its own bodies only, not the people of its whole territory: no rate for it.
            return new UnitLine(r.UnitKato, unit.Name, r.Tier, r, f?.Subjects, f?.People, f?.Programmes, f?.Beneficiaries, f?.Volunteers, r.Tier == 1 ? f?.Population : null);
        })];
    }
}
