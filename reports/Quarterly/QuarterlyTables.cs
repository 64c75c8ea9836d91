using VolunteerDW.Reports.Analysis;
using VolunteerDW.Reports.Charts;
using VolunteerDW.Reports.Data;
using VolunteerDW.Reports.SemiAnnual;
using VolunteerDW.Reports.Tables;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;
using V = VolunteerDW.Reports.Analysis.Vocabulary;

namespace VolunteerDW.Reports.Quarterly;

/// <summary>The tables and the chart of the quarterly information.</summary>
public static class QuarterlyTables
{
    private static readonly Dictionary<string, Label> Statuses = new(StringComparer.Ordinal)
    {
        [TimelinessStatuses.OnTime] = V.OnTime,
        [TimelinessStatuses.Late] = V.Late,
        [TimelinessStatuses.Missing] = V.Missing,
        [TimelinessStatuses.Pending] = V.Pending,
    };

    public static IReadOnlyDictionary<string, ReportTable> For(QuarterlyReport report, PeriodData data, Quarter quarter, IReadOnlyList<SubjectRow> subjects, IReadOnlyList<ProgrammeRow> programmes)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(data);
        var tables = new[]
        {
            SemiAnnualTables.Headlines(SemiAnnualBuilder.Headlines(report.Current, report.Previous, report.YearEarlier),
                SemiAnnualRegionTables.QuarterLabel(quarter), SemiAnnualRegionTables.QuarterLabel(quarter.Previous), SemiAnnualRegionTables.QuarterLabel(quarter.Plus(-4)),
                new("Алдыңғы тоқсанға қарағанда", "К предыдущему кварталу", "Against the previous quarter"),
                new("Өткен жылдың сол тоқсанына қарағанда", "К тому же кварталу прошлого года", "Against the same quarter a year earlier")),
            Units(report),
            SemiAnnualTables.SubjectsByType([quarter], subjects, data.SubjectTypes),
            SemiAnnualTables.SubjectsByActivity([quarter], subjects, data.ActivityTypes),
            SemiAnnualTables.ProgrammesByKind([quarter], programmes),
            SemiAnnualRegionTables.Reconciliation(report.Reconciliation, data),
            SemiAnnualRegionTables.Practices(data.Practices.Where(p => report.RegionKato is null || p.RegionKato == report.RegionKato), data),
        };
        return tables.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    public static IReadOnlyDictionary<string, object> Charts(QuarterlyReport report, (Quarter From, Quarter To) window, IReadOnlyList<SubjectRow> subjects, IReadOnlyList<ProgrammeRow> programmes)
    {
        ArgumentNullException.ThrowIfNull(report);
        var quarters = Quarter.Range(window.From, window.To).ToList();
        var figures = quarters.Select(q => PeriodFigures.Of([q], subjects, programmes)).ToList();
        return new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["trend_volunteers"] = new LineChart("trend_volunteers", new("Волонтерлер мен тартылған адамдар", "Волонтеры и вовлеченные люди", "Volunteers and people involved"),
                [.. quarters.Select(SemiAnnualRegionTables.QuarterAxis)],
                [new ChartSeries(V.Volunteers, [.. figures.Select(f => (double?)f.Volunteers)]), new ChartSeries(V.People, [.. figures.Select(f => (double?)f.People)])],
                new("адам", "человек", "people")),
        };
    }

    /// <summary>Each unit's return: its status against the deadline, the date that counts, and its figures.</summary>
    public static ReportTable Units(QuarterlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new("units", report.RegionKato is null
                ? new("Облыстардың есептері", "Отчеты областей", "Regions' returns")
                : new("Бірліктердің есептері", "Отчеты единиц", "Units' returns"),
        [
            new("unit", report.RegionKato is null ? V.Region : V.Unit, ColumnKind.Text), new("status", new("Мәртебесі", "Статус", "Status"), ColumnKind.Text),
            new("date", new("Жіберілген/алынған күні", "Дата отправки/получения", "Date sent/received"), ColumnKind.Date),
            new("days_late", new("Кешіккен күндер", "Дней опоздания", "Days late"), ColumnKind.Count),
            new("subjects", V.Subjects, ColumnKind.Count), new("people", V.People, ColumnKind.Count),
            new("programmes", V.ProgrammesTotal, ColumnKind.Count), new("beneficiaries", V.Beneficiaries, ColumnKind.Count),
            new("volunteers", V.Volunteers, ColumnKind.Count), new("per_10000", V.Per10000, ColumnKind.Rate),
        ],
        [.. report.Units.Select(u => (IReadOnlyList<object?>)[u.Name, Statuses[u.Timeliness.Status],
            u.Timeliness.AcceptedDateKey is { } key ? DateKeys.ToDate(key) : null, (long?)u.Timeliness.DaysLate,
            u.Subjects, u.People, u.Programmes, u.Beneficiaries, u.Volunteers, u.VolunteersPer10000])],
        new("10 000 тұрғынға шаққандағы волонтерлер — тоқсанның соңына белгілі бірлік халқы санының соңғы бағалауы бойынша (күні v_population көрінісінде); халық саны жүктелмеген жерде бос.",
            "Волонтеров на 10 000 жителей — по последней известной на конец квартала оценке численности населения единицы (дата оценки — в представлении v_population); пусто, где численность не загружена.",
            "Volunteers per 10,000 people: by the unit's latest population figure known at the quarter's end (its date is in the view v_population); blank where no population is loaded."));
    }
}
