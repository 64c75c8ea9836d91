using VolunteerDW.Reports.Analysis;
using VolunteerDW.Reports.Data;
using VolunteerDW.Reports.Documents;
using VolunteerDW.Reports.Tables;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Reports.SemiAnnual;

/// <summary>Computes the semi-annual summary report (Rules §6.3, §10, §11) from the warehouse's current returns.</summary>
public sealed class SemiAnnualBuilder(WarehouseConnectionFactory connections, TimeProvider time)
{
    /// <summary>Trends cover two years of quarters, ending with the half's last quarter.</summary>
    public const int TrendQuarters = 8;

    public static readonly Label Title = new(
        "Қазақстан Республикасындағы волонтерлік қызмет туралы жиынтық ақпарат",
        "Сводная информация о волонтерской деятельности в Республике Казахстан",
        "Summary information on volunteer activity in the Republic of Kazakhstan");

    public async Task<SemiAnnualReport> BuildAsync(HalfYear half, CancellationToken cancellationToken = default) =>
        (await BuildWithDataAsync(half, cancellationToken)).Report;

    /// <summary>The report ready to render, with the submissions it was computed from.</summary>
    public async Task<ReportDocument> DocumentAsync(HalfYear half, CancellationToken cancellationToken = default)
    {
        var (report, data) = await BuildWithDataAsync(half, cancellationToken);
        return new ReportDocument($"semiannual-{half}", "semiannual", report.Info, report, report.Tables, report.Charts, ReportSources.Of(data.Sources));
    }

    private async Task<(SemiAnnualReport Report, PeriodData Data)> BuildWithDataAsync(HalfYear half, CancellationToken cancellationToken)
    {
        var window = (half.LastQuarter.Plus(1 - TrendQuarters), half.LastQuarter);
        var now = time.GetUtcNow();
        var data = await PeriodData.LoadAsOfAsync(connections, window, (half.FirstQuarter, half.LastQuarter), now, cancellationToken);
        var regionNames = data.RegionNames;
        var current = PeriodFigures.Of(half.Quarters, data.Subjects, data.Programmes);
        var regions = RegionAnalysis.Lines(half, data.Regions, data.Subjects, data.Programmes);
        var changes = RegionAnalysis.Changes(half, data.Regions, data.Subjects);
        var declining = RegionAnalysis.DecliningTwoQuarters(half, data.Regions, data.Subjects);
        var compliance = ComplianceAnalysis.ByRegion(data.Timeliness, data.Regions);
        var report = new SemiAnnualReport
        {
            Info = new ReportInfo(Title, PeriodLabel(half), now, data.LatestLoad),
            HalfKey = half.Key,
            PreviousHalfKey = half.Previous.Key,
            YearEarlierHalfKey = half.YearEarlier.Key,
            QuarterKeys = [.. half.Quarters.Select(q => q.Key)],
            HasData = current.HasData,
            Current = current,
            Previous = PeriodFigures.Of(half.Previous.Quarters, data.Subjects, data.Programmes),
            YearEarlier = PeriodFigures.Of(half.YearEarlier.Quarters, data.Subjects, data.Programmes),
            Headlines = [],
            Work = WorkValue.Of(half.Quarters, data.Programmes, data.Valuations),
            WorkPrevious = WorkValue.Of(half.Previous.Quarters, data.Programmes, data.Valuations),
            WorkYearEarlier = WorkValue.Of(half.YearEarlier.Quarters, data.Programmes, data.Valuations),
            Valuation = ValuationBasis.Of(half.Quarters, data.Valuations),
            Regions = regions,
            Growing = [.. changes.Where(c => c.Change > 0).OrderByDescending(c => c.Change).Take(RegionAnalysis.GrowingShown)],
            Declining = [.. changes.Where(c => c.Change < 0).OrderBy(c => c.Change)],
            PositiveExperience = PracticeAnalysis.ByActivity(data.Practices.Where(p => p.Kind == PracticeKinds.PositiveExperience), data.ActivityTypes, regionNames,
                items => PracticeAnalysis.ByReach(items, 3)),
            Problems = PracticeAnalysis.ByActivity(data.Practices.Where(p => p.Kind == PracticeKinds.Problem), data.ActivityTypes, regionNames,
                items => PracticeAnalysis.ByUnits(items, 5)),
            DecliningTwoQuarters = declining,
            Compliance = compliance,
            ComplianceTotal = ComplianceAnalysis.Total(compliance),
            Reconciliation = data.Reconciliation,
            Proposals = ProposalsByArea(data, regionNames, current, regions, declining, ComplianceAnalysis.LateOrMissingThroughout(data.Timeliness, data.Dimensions)),
            Sources = new SourceSummary(data.Sources.Count, data.Sources.Count(s => s.Version > 1), data.LatestLoad?.UtcDateTime),
            Tables = new Dictionary<string, ReportTable>(),
            Charts = new Dictionary<string, object>(),
        };
        report = report with { Headlines = Headlines(report) };
        return (report with
        {
            Tables = SemiAnnualTables.For(report, data, window),
            Charts = SemiAnnualCharts.For(report, data, window),
        }, data);
    }

    public static Label PeriodLabel(HalfYear half) => new(
        $"{half.Year} жылғы {half.Number}-жартыжылдық", $"{half.Number}-е полугодие {half.Year} г.", $"{half.Year} H{half.Number}");

    private static IReadOnlyList<ProposalArea> ProposalsByArea(PeriodData data, IReadOnlyDictionary<string, Label> regionNames, PeriodFigures current,
        IReadOnlyList<RegionLine> regions, IReadOnlyList<RegionDecline> declining, IReadOnlyList<RecommendationSubject> lateOrMissing)
    {
        var recommendations = new Dictionary<string, IReadOnlyList<Recommendation>>
        {
            [ProposalAreas.CivicInitiatives] = Recommendations.CivicInitiatives(regions),
            [ProposalAreas.RoleOfVolunteering] = Recommendations.RoleOfVolunteering(current, regions),
            [ProposalAreas.ProblemSolving] = Recommendations.ProblemSolving(declining, lateOrMissing, data.Reconciliation, regionNames),
        };
        return [.. recommendations.Select(area =>
        {
            var submitted = data.Practices.Where(p => p.Kind == PracticeKinds.Proposal && p.ProposalArea == area.Key).ToList();
            return new ProposalArea(area.Key, Vocabulary.Of(area.Key), submitted.Count,
                [.. PracticeAnalysis.ByUnits(PracticeAnalysis.Merge(submitted, regionNames), 10)], area.Value);
        })];
    }

    private static IReadOnlyList<Headline> Headlines(SemiAnnualReport report) => Headlines(report.Current, report.Previous, report.YearEarlier);

    /// <summary>The headline figures of a period against the previous one and the same period a year earlier.</summary>
    public static IReadOnlyList<Headline> Headlines(PeriodFigures current, PeriodFigures previous, PeriodFigures yearEarlier)
    {
        Headline Line(string code, Label name, Func<PeriodFigures, long?> value) =>
            new(code, name, value(current), value(previous), value(yearEarlier));
        return
        [
            Line(Measures.Subjects, Vocabulary.Subjects, f => f.Subjects),
            Line("volunteers", Vocabulary.Volunteers, f => f.Volunteers),
            Line("volunteer_groups", Vocabulary.VolunteerGroups, f => f.VolunteerGroups),
            Line("volunteer_organizations", Vocabulary.VolunteerOrganizations, f => f.VolunteerOrganizations),
            Line("coordinators", Vocabulary.Coordinators, f => f.Coordinators),
            Line(Measures.People, Vocabulary.People, f => f.People),
            Line(Measures.NewSubjects, Vocabulary.NewSubjects, f => f.NewSubjects),
            Line("programmes_total", Vocabulary.ProgrammesTotal, f => f.ProgrammesTotal),
            Line("programmes", Vocabulary.Programmes, f => f.Programmes),
            Line("projects", Vocabulary.Projects, f => f.Projects),
            Line("actions", Vocabulary.Actions, f => f.Actions),
            Line("with_state_partner", Vocabulary.WithStatePartner, f => f.WithStatePartner),
            Line("programme_volunteers", Vocabulary.ProgrammeVolunteers, f => f.ProgrammeVolunteers),
            Line("beneficiaries", Vocabulary.Beneficiaries, f => f.Beneficiaries),
            Line("volunteer_hours", Vocabulary.VolunteerHours, f => f.VolunteerHours),
            Line("funding_kzt", Vocabulary.FundingKzt, f => f.FundingKzt),
        ];
    }
}
