using VolunteerDW.Reports.Data;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Reports.Analysis;

/// <summary>
/// The figures of a period (a half-year, or one quarter) for the whole country or one region.
/// Stocks — subjects active and people involved — are those reported for the period's last
/// quarter; flows — new subjects, programmes and their figures — are summed over its quarters.
/// Null means nothing was reported, never zero.
/// </summary>
public sealed record PeriodFigures
{
    public bool HasData { get; init; }

    public long? Subjects { get; init; }

    public long? Volunteers { get; init; }

    public long? VolunteerGroups { get; init; }

    public long? VolunteerOrganizations { get; init; }

    public long? Coordinators { get; init; }

    public long? People { get; init; }

    public long? NewSubjects { get; init; }

    public long? ProgrammesTotal { get; init; }

    public long? Programmes { get; init; }

    public long? Projects { get; init; }

    public long? Actions { get; init; }

    public long? WithStatePartner { get; init; }

    public long? ProgrammeVolunteers { get; init; }

    public long? Beneficiaries { get; init; }

    public long? VolunteerHours { get; init; }

    public long? FundingKzt { get; init; }

    /// <summary>Share of programmes, projects and actions run with a state body; null when there were none.</summary>
    public double? PartnershipShare => ProgrammesTotal is > 0 ? (double)WithStatePartner!.Value / ProgrammesTotal.Value : null;

    /// <summary>The figures of some quarters, from the rows of those quarters (and, if given, one region).</summary>
    public static PeriodFigures Of(IReadOnlyList<Quarter> quarters, IEnumerable<SubjectRow> subjects, IEnumerable<ProgrammeRow> programmes, string? regionKato = null)
    {
        ArgumentNullException.ThrowIfNull(quarters);
        var keys = quarters.Select(q => q.Key).ToHashSet();
        var last = quarters.Max().Key;
        var s = subjects.Where(r => keys.Contains(r.QuarterKey) && (regionKato is null || r.RegionKato == regionKato)).ToList();
        var p = programmes.Where(r => keys.Contains(r.QuarterKey) && (regionKato is null || r.RegionKato == regionKato)).ToList();
        var stock = s.Where(r => r.QuarterKey == last).ToList();
        return new PeriodFigures
        {
            HasData = s.Count > 0 || p.Count > 0,
            Subjects = Sum(stock, r => r.Subjects),
            Volunteers = Sum(stock.Where(r => r.SubjectType == "volunteer"), r => r.Subjects),
            VolunteerGroups = Sum(stock.Where(r => r.SubjectType == "volunteer_group"), r => r.Subjects),
            VolunteerOrganizations = Sum(stock.Where(r => r.SubjectType == "volunteer_organization"), r => r.Subjects),
            Coordinators = Sum(stock.Where(r => r.SubjectType == "coordinator"), r => r.Subjects),
            People = Sum(stock, r => r.People),
            NewSubjects = Sum(s, r => r.NewSubjects),
            ProgrammesTotal = Count(p, r => true),
            Programmes = Count(p, r => r.Kind == ProgrammeKinds.Programme),
            Projects = Count(p, r => r.Kind == ProgrammeKinds.Project),
            Actions = Count(p, r => r.Kind == ProgrammeKinds.Action),
            WithStatePartner = p.Count == 0 ? null : p.Sum(r => r.WithStatePartner),
            ProgrammeVolunteers = Sum(p, r => r.Volunteers),
            Beneficiaries = Sum(p, r => r.Beneficiaries),
            VolunteerHours = Sum(p, r => r.VolunteerHours),
            FundingKzt = Sum(p, r => r.FundingKzt),
        };
    }

    /// <summary>The relative change from an earlier figure; null when either is missing or the earlier is 0.</summary>
    public static double? Change(long? earlier, long? later) =>
        earlier is > 0 && later is { } now ? (double)(now - earlier.Value) / earlier.Value : null;

    /// <summary>A count per 10,000 people; null when the count was not reported or the population is not known.</summary>
    public static double? Per10000(long? count, long? population) =>
        count is { } c && population is > 0 ? c * 10000.0 / population.Value : null;

    /// <summary>A sum of reported values; null when none was reported.</summary>
    public static long? Sum<T>(IEnumerable<T> rows, Func<T, long?> value)
    {
        long? total = null;
        foreach (var row in rows)
        {
            if (value(row) is { } v)
            {
                total = (total ?? 0) + v;
            }
        }

        return total;
    }

    private static long? Count(List<ProgrammeRow> rows, Func<ProgrammeRow, bool> which) =>
        rows.Count == 0 ? null : rows.Where(which).Sum(r => r.Programmes);
}
