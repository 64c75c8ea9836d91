using VolunteerDW.Reports.Analysis;
using VolunteerDW.Reports.Data;
using VolunteerDW.Reports.Documents;
using VolunteerDW.Reports.Quarterly;
using VolunteerDW.Reports.Tables;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;
using VolunteerDW.Warehouse.Timeliness;
using V = VolunteerDW.Reports.Analysis.Vocabulary;

namespace VolunteerDW.Reports.Compliance;

/// <summary>Builds the compliance report of a quarter from its stored timeliness, brought up to the report's time first.</summary>
public sealed class ComplianceBuilder(WarehouseConnectionFactory connections, TimeProvider time)
{
    public static readonly Label Title = new("Есептердің тапсырылуы", "Представление отчетов", "Returns received");

    /// <summary>The compliance report of the country, or with <paramref name="regionKato"/> of one region: its own return and its districts'.</summary>
    /// <exception cref="ArgumentException"><paramref name="regionKato"/> is not a region at the end of <paramref name="quarter"/>.</exception>
    public async Task<ReportDocument> DocumentAsync(Quarter quarter, string? regionKato, CancellationToken cancellationToken = default)
    {
        var judged = await JudgeAsync(quarter, cancellationToken);
        var region = regionKato is null ? null : judged.Data.Regions.FirstOrDefault(r => r.Kato == regionKato)
            ?? throw new ArgumentException($"{regionKato} is not a region (oblys, city of republican significance or the capital) at the end of {quarter}.", nameof(regionKato));
        return Build(judged, region);
    }

    /// <summary>Every region's compliance report, in the order of the national one, from one read of the warehouse.</summary>
    public async Task<IReadOnlyList<ReportDocument>> RegionDocumentsAsync(Quarter quarter, CancellationToken cancellationToken = default)
    {
        var judged = await JudgeAsync(quarter, cancellationToken);
        return [.. judged.Data.Regions.Select(r => Build(judged, r))];
    }

    private async Task<Judged> JudgeAsync(Quarter quarter, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var data = await PeriodData.LoadAsOfAsync(connections, (quarter, quarter), (quarter, quarter), now, cancellationToken);
        var counts = ComplianceAnalysis.ByRegion(data.Timeliness, data.Regions).ToDictionary(c => c.Kato, StringComparer.Ordinal);
        return new Judged(quarter, data, now, KazakhstanTime.DateOf(now), data.Timeliness, counts);
    }

    // The national report is the regions' reports side by side: one path, so a region's document reads exactly as its part of the national one.
    private static ReportDocument Build(Judged judged, RegionRow? region)
    {
        var data = judged.Data;
        var regions = region is null ? data.Regions : [region];
        var lines = regions.Select(r => Line(judged, r)).ToList();
        var deadlines = data.Quarters.Single();
        var info = new ReportInfo(Title, QuarterlyBuilder.Period(judged.Quarter, region), judged.Now, data.LatestLoad);
        var report = new ComplianceReport
        {
            Info = info,
            QuarterKey = judged.Quarter.Key,
            RegionKato = region?.Kato,
            RegionName = region?.Name,
            Tier1Deadline = DateKeys.ToDate(deadlines.Tier1DeadlineKey),
            Tier2Deadline = DateKeys.ToDate(deadlines.Tier2DeadlineKey),
            AsOf = judged.AsOf,
            Regions = lines,
            Total = ComplianceAnalysis.Total([.. regions.Select(r => judged.Counts[r.Kato])]),
            Tables = new Dictionary<string, ReportTable>(),
        };
        var tables = new[] { Counts(report), Flagged(report) }.ToDictionary(t => t.Id, StringComparer.Ordinal);
        report = report with { Tables = tables };
        var name = region is null ? $"compliance-{judged.Quarter}" : $"compliance-{judged.Quarter}-{region.Kato}";
        var units = region is null ? null : judged.RowsOf(region.Kato).Select(r => r.UnitKato).ToHashSet(StringComparer.Ordinal);
        return new ReportDocument(name, "compliance", info, report, tables, new Dictionary<string, object>(),
            ReportSources.Of(data.Sources.Where(s => units is null || units.Contains(s.UnitKato))));
    }

    private static ComplianceRegion Line(Judged judged, RegionRow region)
    {
        var rows = judged.RowsOf(region.Kato).ToList();
        var districts = rows.Where(x => x.Tier == 1).Select(judged.Status).ToList();
        return new ComplianceRegion(region.Kato, region.Name, judged.Status(rows.First(x => x.Tier == 2)), judged.Counts[region.Kato],
            [.. districts.Where(d => d.Status == TimelinessStatuses.Missing)], [.. districts.Where(d => d.Status == TimelinessStatuses.Late)]);
    }

    private static ReportTable Counts(ComplianceReport report)
    {
        static IEnumerable<object?> Of(TierCounts c) => [(long)c.Expected, (long)c.Received, (long)c.OnTime, (long)c.Late, (long)c.Missing, (long)c.Pending];
        return new("compliance", new("Өңірлер бойынша", "По регионам", "By region"),
        [
            new("region", V.Region, ColumnKind.Text),
            new("tier1_expected", V.Expected, ColumnKind.Count), new("tier1_received", V.Received, ColumnKind.Count), new("tier1_on_time", V.OnTime, ColumnKind.Count),
            new("tier1_late", V.Late, ColumnKind.Count), new("tier1_missing", V.Missing, ColumnKind.Count), new("tier1_pending", V.Pending, ColumnKind.Count),
            new("region_status", new("Облыстың өз есебі", "Отчет области", "The region's own return"), ColumnKind.Text),
        ],
        [.. report.Regions.Select(r => (IReadOnlyList<object?>)[r.Name, .. Of(r.Counts.Districts), StatusName(r.Own)])],
        new("Аудандар мен қалалардың есептері (1-деңгей) және облыстың өз есебі (2-деңгей).",
            "Отчеты районов и городов (1-й уровень) и собственный отчет области (2-й уровень).",
            "Returns of districts and cities (tier 1) and the region's own return (tier 2)."));
    }

    private static ReportTable Flagged(ComplianceReport report) => new("missing_or_late",
        new("Тапсырылмаған және кешіккен есептер", "Непредставленные и просроченные отчеты", "Missing and late returns"),
        [
            new("region", V.Region, ColumnKind.Text), new("unit", V.Unit, ColumnKind.Text), new("tier", new("Деңгей", "Уровень", "Tier"), ColumnKind.Count),
            new("status", new("Мәртебесі", "Статус", "Status"), ColumnKind.Text),
            new("date", new("Жіберілген/алынған күні", "Дата отправки/получения", "Date sent/received"), ColumnKind.Date),
            new("days_late", new("Кешіккен күндер", "Дней опоздания", "Days late"), ColumnKind.Count),
        ],
        [.. report.Regions.SelectMany(r => new[] { r.Own }.Where(o => o.Status is TimelinessStatuses.Missing or TimelinessStatuses.Late).Concat(r.Missing).Concat(r.Late)
            .Select(u => (IReadOnlyList<object?>)[r.Name, u.Name, (long)u.Tier, StatusName(u), u.Date, (long?)u.DaysLate]))],
        Sheet: new("Тапсырылмаған, кешіккен есептер", "Непредставленные и просроченные", "Missing and late returns"));

    private static Label StatusName(UnitStatus unit) => unit.Status switch
    {
        TimelinessStatuses.OnTime => V.OnTime,
        TimelinessStatuses.Late => V.Late,
        TimelinessStatuses.Missing => V.Missing,
        _ => V.Pending,
    };

    /// <summary>A quarter's returns judged once, as of a day: what every document of that quarter is cut from.</summary>
    private sealed record Judged(Quarter Quarter, PeriodData Data, DateTimeOffset Now, DateOnly AsOf, IReadOnlyList<TimelinessRow> Rows,
        IReadOnlyDictionary<string, ComplianceLine> Counts)
    {
        /// <summary>A region's returns: its own (tier 2) and its districts' and cities' (tier 1).</summary>
        public IEnumerable<TimelinessRow> RowsOf(string regionKato) =>
            Rows.Where(r => r.RegionKato == regionKato);

        public UnitStatus Status(TimelinessRow row)
        {
            var unit = Data.Dimensions.Version(row.RegionSk);
            return new UnitStatus(row.UnitKato, unit.Name, row.Tier, row.Status,
                row.AcceptedDateKey is { } key ? DateKeys.ToDate(key) : null, row.DaysLate);
        }
    }
}
