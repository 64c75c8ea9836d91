using VolunteerDW.Reports.Analysis;
using VolunteerDW.Reports.Data;
using VolunteerDW.Reports.Languages;
using VolunteerDW.Reports.Tables;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;
using V = VolunteerDW.Reports.Analysis.Vocabulary;

namespace VolunteerDW.Reports.SemiAnnual;

/// <summary>The annex tables by region and by quarter, and the lists behind the text.</summary>
public static class SemiAnnualRegionTables
{
    public static ReportTable Regions(SemiAnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new("regions", new("Өңірлер бойынша", "По регионам", "By region"),
        [
            new("region", V.Region, ColumnKind.Text), new("population", V.Population, ColumnKind.Count), new("population_as_of", V.PopulationAsOf, ColumnKind.Date),
            new("volunteers", V.Volunteers, ColumnKind.Count), new("people", V.People, ColumnKind.Count),
            new("programmes", V.ProgrammesTotal, ColumnKind.Count), new("beneficiaries", V.Beneficiaries, ColumnKind.Count),
            new("partnership_share", V.PartnershipShare, ColumnKind.Percent), new("per_10000", V.Per10000, ColumnKind.Rate), new("rank", V.Rank, ColumnKind.Count),
        ],
        [.. report.Regions.Select(r => (IReadOnlyList<object?>)[r.Name, r.Population, r.PopulationAsOf, r.Figures.Volunteers, r.Figures.People, r.Figures.ProgrammesTotal,
            r.Figures.Beneficiaries, r.Figures.PartnershipShare, r.VolunteersPer10000, (long?)r.Rank])],
        new("Халық саны — жартыжылдықтың соңындағы белгілі соңғы бағалау, күні көрсетілген; бағалауы жоқ өңірлер үшін 10 000 тұрғынға шаққандағы көрсеткіш есептелмейді.",
            "Население — последняя известная на конец полугодия оценка, с ее датой; для регионов без оценки показатель на 10 000 жителей не рассчитывается.",
            "Population: the latest estimate known for the end of the half, with its date; no rate is computed for regions without one."));
    }

    public static ReportTable Series(PeriodData data, (Quarter From, Quarter To) window)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new("quarterly_series", new("Тоқсандар бойынша серия", "Квартальная динамика", "Quarterly series"),
        [
            new("quarter", V.Quarter, ColumnKind.Text), new("volunteers", V.Volunteers, ColumnKind.Count), new("subjects", V.Subjects, ColumnKind.Count),
            new("people", V.People, ColumnKind.Count), new("programmes", V.ProgrammesTotal, ColumnKind.Count), new("beneficiaries", V.Beneficiaries, ColumnKind.Count),
        ],
        [.. Quarter.Range(window.From, window.To).Select(q =>
        {
            var f = PeriodFigures.Of([q], data.Subjects, data.Programmes);
            return (IReadOnlyList<object?>)[QuarterLabel(q), f.Volunteers, f.Subjects, f.People, f.ProgrammesTotal, f.Beneficiaries];
        })]);
    }

    public static ReportTable Changes(SemiAnnualReport report, HalfYear half)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new("region_change", new("Өңірлердегі өзгеріс", "Изменение по регионам", "Change by region"),
        [
            new("region", V.Region, ColumnKind.Text), new("earlier", Volunteers(half.YearEarlier), ColumnKind.Count),
            new("now", Volunteers(half), ColumnKind.Count), new("change", V.Change, ColumnKind.Change),
        ],
        [.. report.Growing.Concat(report.Declining).Select(c => (IReadOnlyList<object?>)[c.Name, c.Earlier, c.Now, c.Change])],
        new("Ең жылдам өскен және төмендеген өңірлер.", "Регионы с наибольшим ростом и со снижением.", "The fastest-growing regions and those in decline."));
    }

    public static ReportTable Declines(SemiAnnualReport report, HalfYear half)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new("declines", new("Екі тоқсан қатарынан төмендеу", "Снижение два квартала подряд", "Decline two quarters running"),
        [
            new("region", V.Region, ColumnKind.Text), new("before", QuarterLabel(half.FirstQuarter.Previous), ColumnKind.Count),
            new("first", QuarterLabel(half.FirstQuarter), ColumnKind.Count), new("second", QuarterLabel(half.LastQuarter), ColumnKind.Count),
        ],
        [.. report.DecliningTwoQuarters.Select(d => (IReadOnlyList<object?>)[d.Name, d.Before, d.First, d.Second])]);
    }

    public static ReportTable Compliance(SemiAnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        static IEnumerable<object?> Counts(TierCounts c) => [(long)c.Expected, (long)c.Received, (long)c.OnTime, (long)c.Late, (long)c.Missing, (long)c.Pending];
        ReportColumn[] Tier(string prefix, Label tier) =>
        [
            new($"{prefix}_expected", Join(V.Expected, tier), ColumnKind.Count), new($"{prefix}_received", Join(V.Received, tier), ColumnKind.Count),
            new($"{prefix}_on_time", Join(V.OnTime, tier), ColumnKind.Count), new($"{prefix}_late", Join(V.Late, tier), ColumnKind.Count),
            new($"{prefix}_missing", Join(V.Missing, tier), ColumnKind.Count), new($"{prefix}_pending", Join(V.Pending, tier), ColumnKind.Count),
        ];
        return new("compliance", new("Есептердің толықтығы және мерзімі", "Полнота и своевременность отчетов", "Completeness and timeliness of returns"),
            [new("region", V.Region, ColumnKind.Text), .. Tier("tier1", V.DistrictReturns), .. Tier("tier2", V.RegionReturns)],
            [.. report.Compliance.Append(report.ComplianceTotal).Select(l => (IReadOnlyList<object?>)[l.Name, .. Counts(l.Districts), .. Counts(l.Region)])],
            new("Аудандар мен қалалар облысқа айдан кейінгі 5-күнге дейін, облыстар министрлікке 10-күнге дейін тапсырады (Қағидалардың 7, 8-тармақтары); бірінші қабылданған нұсқа есептеледі.",
                "Районы и города представляют отчеты области до 5-го числа, области — министерству до 10-го числа месяца, следующего за кварталом (пп. 7, 8 Правил); учитывается первая принятая версия.",
                "Districts and cities report to their region by the 5th, regions to the ministry by the 10th of the month after the quarter (Rules §7, §8); the first accepted version counts."),
            Sheet: new("Есептердің толықтығы, мерзімі", "Полнота и сроки отчетов", "Completeness and timeliness"));
    }

    public static ReportTable Reconciliation(IReadOnlyList<ReconciliationRow> differences, PeriodData data)
    {
        ArgumentNullException.ThrowIfNull(differences);
        ArgumentNullException.ThrowIfNull(data);
        var regions = data.RegionNames;
        return new("reconciliation", new("Облыс жиынтығы мен бірліктер есептерінің айырмашылықтары", "Расхождения свода области с отчетами единиц", "Region totals against their units' returns"),
        [
            new("quarter", V.Quarter, ColumnKind.Text), new("region", V.Region, ColumnKind.Text), new("subject_type", V.SubjectType, ColumnKind.Text),
            new("activity_type", V.ActivityType, ColumnKind.Text), new("measure", V.Measure, ColumnKind.Text), new("claimed", V.Claimed, ColumnKind.Count),
            new("summed", V.Summed, ColumnKind.Count), new("difference", V.Difference, ColumnKind.Count),
        ],
        [.. differences.Select(r => (IReadOnlyList<object?>)[DateText.Quarter(r.QuarterKey),
            regions.GetValueOrDefault(r.RegionKato) ?? (object)r.RegionKato, SemiAnnualTables.Name(data.SubjectTypes, r.SubjectType ?? "—"),
            SemiAnnualTables.Name(data.ActivityTypes, r.ActivityType ?? "—"), V.Of(r.Measure), r.Claimed, r.Summed, r.Claimed - r.Summed])],
            Sheet: new("Жиынтықтың айырмашылықтары", "Расхождения свода области", "Region totals against units"));
    }

    public static ReportTable Practices(PeriodData data) => Practices(data.Practices, data);

    /// <summary>Practice items, with where they came from.</summary>
    public static ReportTable Practices(IEnumerable<PracticeRow> items, PeriodData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var regions = data.RegionNames;
        return new("practices", new("Тәжірибе, проблемалар және ұсыныстар", "Опыт, проблемы и предложения", "Practice, problems and proposals"),
        [
            new("quarter", V.Quarter, ColumnKind.Text), new("kind", V.Kind, ColumnKind.Text), new("area", V.ProposalArea, ColumnKind.Text),
            new("activity_type", V.ActivityType, ColumnKind.Text), new("region", V.Region, ColumnKind.Text), new("unit", V.Unit, ColumnKind.Text),
            new("title", V.Title, ColumnKind.Text), new("text", V.Text, ColumnKind.Text),
        ],
        [.. items.Select(p => (IReadOnlyList<object?>)[DateText.Quarter(p.QuarterKey), V.Of(p.Kind),
            p.ProposalArea is null ? null : V.Of(p.ProposalArea), p.ActivityType is null ? null : SemiAnnualTables.Name(data.ActivityTypes, p.ActivityType),
            regions.GetValueOrDefault(p.RegionKato) ?? (object)p.RegionKato, new Label(p.UnitNameKk, p.UnitNameRu, p.UnitNameRu), p.Title, p.Text])],
            Sheet: new("Тәжірибе, проблема, ұсыныс", "Опыт, проблемы и предложения", "Practice, problems, proposals"));
    }

    /// <summary>A quarter as tables show it, worded as the warehouse's calendar words it.</summary>
    public static Label QuarterLabel(Quarter q) => DateText.Quarter(q.Key);

    /// <summary>A quarter along a chart's axis, short enough for a dozen to fit.</summary>
    public static Label QuarterAxis(Quarter q) => DateText.QuarterAxis(q.Key);

    private static Label Volunteers(HalfYear half)
    {
        var period = SemiAnnualBuilder.PeriodLabel(half);
        return Join(V.Volunteers, period);
    }

    private static Label Join(Label first, Label second) => new($"{first.Kk}, {second.Kk}", $"{first.Ru}, {second.Ru}", $"{first.En}, {second.En}");
}
