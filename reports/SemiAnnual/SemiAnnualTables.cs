using VolunteerDW.Reports.Analysis;
using VolunteerDW.Reports.Data;
using VolunteerDW.Reports.Tables;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;
using V = VolunteerDW.Reports.Analysis.Vocabulary;

namespace VolunteerDW.Reports.SemiAnnual;

/// <summary>The annex tables of the semi-annual report: every figure its text uses, and more.</summary>
public static class SemiAnnualTables
{
    public static IReadOnlyDictionary<string, ReportTable> For(SemiAnnualReport report, PeriodData data, (Quarter From, Quarter To) window)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(data);
        var half = new HalfYear(report.HalfKey / 10, report.HalfKey % 10);
        var tables = new[]
        {
            Headlines(report.Headlines, SemiAnnualBuilder.PeriodLabel(half), SemiAnnualBuilder.PeriodLabel(half.Previous), SemiAnnualBuilder.PeriodLabel(half.YearEarlier),
                new("Алдыңғы жартыжылдыққа қарағанда", "К предыдущему полугодию", "Against the previous half"),
                new("Өткен жылдың сол кезеңіне қарағанда", "К тому же полугодию прошлого года", "Against the same half a year earlier")),
            SubjectsByType(half.Quarters, data.Subjects, data.SubjectTypes),
            SubjectsByActivity(half.Quarters, data.Subjects, data.ActivityTypes),
            ProgrammesByKind(half.Quarters, data.Programmes),
            VolunteerWork(report, half),
            ProgrammeBreakdown("programmes_by_activity", new("Іс-шаралар қызмет түрлері бойынша", "Мероприятия по видам деятельности", "Programmes by activity type"), V.ActivityType,
                half.Quarters, data.Programmes, [.. data.ActivityTypes.Select(a => a.Code)], code => Name(data.ActivityTypes, code), r => r.ActivityType)
                with { Sheet = new("Іс-шаралар қызмет түрлері", "Мероприятия, виды деятельности", "Programmes by activity") },
            SemiAnnualRegionTables.Regions(report),
            SemiAnnualRegionTables.Series(data, window),
            SemiAnnualRegionTables.Changes(report, half),
            SemiAnnualRegionTables.Declines(report, half),
            SemiAnnualRegionTables.Compliance(report),
            SemiAnnualRegionTables.Reconciliation(report.Reconciliation, data),
            SemiAnnualRegionTables.Practices(data),
        };
        return tables.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>The value of the volunteer work of the half against the previous half and the same half a year earlier.</summary>
    public static ReportTable VolunteerWork(SemiAnnualReport report, HalfYear half)
    {
        ArgumentNullException.ThrowIfNull(report);
        static IReadOnlyList<object?> Line(Label period, WorkValue work) =>
            [period, work.Hours, work.HoursPerVolunteer, work.FullTimeEquivalents, work.ReplacementValueKzt is { } value ? (long?)Math.Round(value) : null];
        return new ReportTable("volunteer_work", new("Волонтерлік еңбектің құны", "Ценность волонтерского труда", "The value of volunteer work"),
        [
            new("period", V.Period, ColumnKind.Text), new("volunteer_hours", V.VolunteerHours, ColumnKind.Count),
            new("hours_per_volunteer", V.HoursPerVolunteer, ColumnKind.Rate), new("full_time_equivalents", V.FullTimeEquivalents, ColumnKind.Rate),
            new("replacement_value_kzt", V.ReplacementValueKzt, ColumnKind.Count),
        ],
        [
            Line(SemiAnnualBuilder.PeriodLabel(half), report.Work),
            Line(SemiAnnualBuilder.PeriodLabel(half.Previous), report.WorkPrevious),
            Line(SemiAnnualBuilder.PeriodLabel(half.YearEarlier), report.WorkYearEarlier),
        ],
        new("Бағдарламалардың, жобалар мен акциялардың сағаттары бойынша; әдісі «Әдістеме және дереккөздер» бөлімінде.",
            "По часам программ, проектов и акций; методика — в разделе «Методика и источники».",
            "From the hours of programmes, projects and actions; the method is under 'Method and sources'."))
        with { Sheet = new("Еңбектің құны", "Ценность труда", "Value of work") };
    }

    public static Label Name(IReadOnlyList<ClassifierEntry> classifier, string code) =>
        classifier.FirstOrDefault(c => c.Code == code) is { } c ? new Label(c.NameKk, c.NameRu, c.NameEn) : new Label(code, code, code);

    /// <summary>Headline figures of a period against the previous one and the same period a year earlier.</summary>
    public static ReportTable Headlines(IReadOnlyList<Headline> headlines, Label current, Label previous, Label yearEarlier, Label changePrevious, Label changeYear) => new("headlines",
        new("Негізгі көрсеткіштер", "Основные показатели", "Headline figures"),
        [
            new("measure", V.Measure, ColumnKind.Text),
            new("current", current, ColumnKind.Count),
            new("previous", previous, ColumnKind.Count),
            new("year_earlier", yearEarlier, ColumnKind.Count),
            new("change_previous", changePrevious, ColumnKind.Change),
            new("change_year", changeYear, ColumnKind.Change),
        ],
        [.. headlines.Select(h => (IReadOnlyList<object?>)[h.Name, h.Current, h.Previous, h.YearEarlier, h.ChangeFromPrevious, h.ChangeFromYearEarlier])],
        new("Субъектілер мен адамдар — кезеңнің соңғы тоқсанындағы; қалғаны — кезең тоқсандарының сомасы.",
            "Субъекты и люди — за последний квартал периода; остальное — сумма за кварталы периода.",
            "Subjects and people: as reported for the period's last quarter; the rest: the sum of its quarters."));

    public static ReportTable SubjectsByType(IReadOnlyList<Quarter> quarters, IEnumerable<SubjectRow> subjects, IReadOnlyList<ClassifierEntry> types) =>
        SubjectBreakdown("subjects_by_type", new("Субъектілер түрлері бойынша", "Субъекты по типам", "Subjects by type"), V.SubjectType, quarters, subjects, types, r => r.SubjectType);

    public static ReportTable SubjectsByActivity(IReadOnlyList<Quarter> quarters, IEnumerable<SubjectRow> subjects, IReadOnlyList<ClassifierEntry> types) =>
        SubjectBreakdown("subjects_by_activity", new("Субъектілер қызмет түрлері бойынша", "Субъекты по видам деятельности", "Subjects by activity type"), V.ActivityType, quarters, subjects, types, r => r.ActivityType)
        with { Sheet = new("Субъектілер қызмет түрлері", "Субъекты по видам деятельности", "Subjects by activity") };

    public static ReportTable ProgrammesByKind(IReadOnlyList<Quarter> quarters, IEnumerable<ProgrammeRow> programmes) =>
        ProgrammeBreakdown("programmes_by_kind", new("Бағдарламалар, жобалар және акциялар", "Программы, проекты и акции", "Programmes, projects and actions"), V.Kind,
            quarters, programmes, ProgrammeKinds.All, V.Of, r => r.Kind)
        with { Sheet = new("Бағдарламалар мен акциялар", "Программы, проекты и акции", "Programmes and actions") };

    private static ReportTable SubjectBreakdown(string id, Label title, Label first, IReadOnlyList<Quarter> period, IEnumerable<SubjectRow> subjects, IReadOnlyList<ClassifierEntry> codes, Func<SubjectRow, string> key)
    {
        var quarters = period.Select(q => q.Key).ToHashSet();
        var rows = subjects.Where(r => quarters.Contains(r.QuarterKey)).ToList();
        var last = rows.Where(r => r.QuarterKey == period.Max().Key).ToList();
        return new(id, title,
            [new("name", first, ColumnKind.Text), new("subjects", V.Subjects, ColumnKind.Count), new("people", V.People, ColumnKind.Count), new("new_subjects", V.NewSubjects, ColumnKind.Count)],
            [.. codes.Select(c => (IReadOnlyList<object?>)[new Label(c.NameKk, c.NameRu, c.NameEn),
                PeriodFigures.Sum(last.Where(r => key(r) == c.Code), r => r.Subjects),
                PeriodFigures.Sum(last.Where(r => key(r) == c.Code), r => r.People),
                PeriodFigures.Sum(rows.Where(r => key(r) == c.Code), r => r.NewSubjects)])]);
    }

    private static ReportTable ProgrammeBreakdown(string id, Label title, Label first, IReadOnlyList<Quarter> period, IEnumerable<ProgrammeRow> programmes, IReadOnlyList<string> codes,
        Func<string, Label> name, Func<ProgrammeRow, string> key)
    {
        var quarters = period.Select(q => q.Key).ToHashSet();
        var rows = programmes.Where(r => quarters.Contains(r.QuarterKey)).ToList();
        IReadOnlyList<object?> Line(object label, List<ProgrammeRow> group)
        {
            var count = group.Sum(r => r.Programmes);
            var partner = group.Sum(r => r.WithStatePartner);
            return [label, count, partner, count > 0 ? (double)partner / count : null, PeriodFigures.Sum(group, r => r.Volunteers),
                PeriodFigures.Sum(group, r => r.Beneficiaries), PeriodFigures.Sum(group, r => r.VolunteerHours), PeriodFigures.Sum(group, r => r.FundingKzt)];
        }

        return new(id, title,
        [
            new("name", first, ColumnKind.Text), new("count", V.ProgrammesTotal, ColumnKind.Count), new("with_state_partner", V.WithStatePartner, ColumnKind.Count),
            new("partnership_share", V.PartnershipShare, ColumnKind.Percent), new("volunteers", V.ProgrammeVolunteers, ColumnKind.Count),
            new("beneficiaries", V.Beneficiaries, ColumnKind.Count), new("volunteer_hours", V.VolunteerHours, ColumnKind.Count), new("funding_kzt", V.FundingKzt, ColumnKind.Count),
        ],
        [.. codes.Select(code => Line(name(code), [.. rows.Where(r => key(r) == code)])), Line(V.Total, rows)]);
    }
}
