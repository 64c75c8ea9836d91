using VolunteerDW.Reports.Analysis;
using VolunteerDW.Reports.Data;
using VolunteerDW.Reports.SemiAnnual;
using VolunteerDW.Reports.Tables;
using VolunteerDW.Reports.Templating;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;
using VolunteerDW.Warehouse.Timeliness;
using V = VolunteerDW.Reports.Analysis.Vocabulary;

namespace VolunteerDW.Reports.Compliance;

/// <summary>Builds the compliance report of a quarter from the first accepted versions of the returns and the deadlines.</summary>
public sealed class ComplianceBuilder(WarehouseConnectionFactory connections, TimeProvider time)
{
    public static readonly Label Title = new("Есептердің тапсырылуы", "Представление отчетов", "Returns received");

    public async Task<ReportDocument> DocumentAsync(Quarter quarter, CancellationToken cancellationToken = default)
    {
        PeriodData data;
        await using (var connection = await connections.OpenAsync(cancellationToken: cancellationToken))
        {
            data = await PeriodData.LoadAsync(connection, (quarter, quarter), (quarter, quarter), cancellationToken);
        }

        var now = time.GetUtcNow();
        var asOf = KazakhstanTime.DateOf(now);
        var rows = ComplianceAnalysis.Evaluate(data.Dimensions, data.Quarters, data.FirstReturns, asOf);
        var counts = ComplianceAnalysis.ByRegion(rows, data.Dimensions, data.Regions).ToDictionary(c => c.Kato, StringComparer.Ordinal);
        var units = data.Dimensions.Units.ToDictionary(u => u.RegionSk);
        UnitStatus Status(TimelinessRow row)
        {
            var unit = units[row.RegionSk];
            return new UnitStatus(row.UnitKato, new Label(unit.NameKk, unit.NameRu, unit.NameEn ?? unit.NameRu), row.Tier, row.Status,
                row.AcceptedDateKey is { } key ? DateKeys.ToDate(key) : null, row.DaysLate);
        }

        var regions = data.Regions.Select(r =>
        {
            var own = rows.Select(x => x.Row).Where(x => x.Tier == 2 && x.UnitKato == r.Kato).Select(Status).First();
            var districts = rows.Select(x => x.Row).Where(x => x.Tier == 1 && units[x.RegionSk].ParentKatoCode == r.Kato).Select(Status).ToList();
            return new ComplianceRegion(r.Kato, RegionAnalysis.Name(r), own, counts[r.Kato],
                [.. districts.Where(d => d.Status == TimelinessRow.Missing)], [.. districts.Where(d => d.Status == TimelinessRow.Late)]);
        }).ToList();
        var deadlines = data.Quarters.Single();
        var info = new ReportInfo(Title, SemiAnnualRegionTables.QuarterLabel(quarter), now,
            data.Sources.Count == 0 ? null : new DateTimeOffset(data.Sources.Max(s => s.LoadedAtUtc), TimeSpan.Zero));
        var report = new ComplianceReport
        {
            Info = info,
            QuarterKey = quarter.Key,
            Tier1Deadline = DateKeys.ToDate(deadlines.Tier1DeadlineKey),
            Tier2Deadline = DateKeys.ToDate(deadlines.Tier2DeadlineKey),
            AsOf = asOf,
            Regions = regions,
            Total = ComplianceAnalysis.Total([.. counts.Values]),
            Tables = new Dictionary<string, ReportTable>(),
        };
        var tables = new[] { Counts(report), Flagged(report) }.ToDictionary(t => t.Id, StringComparer.Ordinal);
        report = report with { Tables = tables };
        return new ReportDocument($"compliance-{quarter}", "compliance", info, report, tables, new Dictionary<string, object>(), ReportSources.Of(data.Sources));
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
        [.. report.Regions.SelectMany(r => new[] { r.Own }.Where(o => o.Status is TimelinessRow.Missing or TimelinessRow.Late).Concat(r.Missing).Concat(r.Late)
            .Select(u => (IReadOnlyList<object?>)[r.Name, u.Name, (long)u.Tier, StatusName(u), u.Date, (long?)u.DaysLate]))]);

    private static Label StatusName(UnitStatus unit) => unit.Status switch
    {
        TimelinessRow.OnTime => V.OnTime,
        TimelinessRow.Late => V.Late,
        TimelinessRow.Missing => V.Missing,
        _ => V.Pending,
    };
}
