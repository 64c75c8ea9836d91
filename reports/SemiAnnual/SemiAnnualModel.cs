using VolunteerDW.Reports.Data;
using VolunteerDW.Reports.Tables;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.SemiAnnual;

/// <summary>
/// Everything the semi-annual summary report says, computed from the warehouse; the templates
/// only word it. Every figure the text uses is also in one of <see cref="Tables"/>.
/// </summary>
public sealed record SemiAnnualReport
{
    public required ReportInfo Info { get; init; }

    /// <summary>The half (yyyyh), the previous half and the same half a year earlier.</summary>
    public required int HalfKey { get; init; }

    public required int PreviousHalfKey { get; init; }

    public required int YearEarlierHalfKey { get; init; }

    /// <summary>The quarters of the half (yyyyq).</summary>
    public required IReadOnlyList<int> QuarterKeys { get; init; }

    /// <summary>Whether any return of the half has been loaded; without one the report says so and shows no figures.</summary>
    public required bool HasData { get; init; }

    public required PeriodFigures Current { get; init; }

    public required PeriodFigures Previous { get; init; }

    public required PeriodFigures YearEarlier { get; init; }

    public required IReadOnlyList<Headline> Headlines { get; init; }

    public required IReadOnlyList<RegionLine> Regions { get; init; }

    /// <summary>The regions with a rate per 10,000 people, highest first.</summary>
    public IReadOnlyList<RegionLine> Ranked => [.. Regions.Where(r => r.Rank is not null).OrderBy(r => r.Rank)];

    /// <summary>The day of the latest load the report includes, in Kazakhstan time.</summary>
    public DateOnly? AsOf => Info.AsOf is { } loaded ? KazakhstanTime.DateOf(loaded) : null;

    public required IReadOnlyList<RegionChange> Growing { get; init; }

    public required IReadOnlyList<RegionChange> Declining { get; init; }

    public required IReadOnlyList<PracticeGroup> PositiveExperience { get; init; }

    public required IReadOnlyList<PracticeGroup> Problems { get; init; }

    public required IReadOnlyList<RegionDecline> DecliningTwoQuarters { get; init; }

    public required IReadOnlyList<ComplianceLine> Compliance { get; init; }

    public required ComplianceLine ComplianceTotal { get; init; }

    public required IReadOnlyList<ReconciliationRow> Reconciliation { get; init; }

    public required IReadOnlyList<ProposalArea> Proposals { get; init; }

    public required SourceSummary Sources { get; init; }

    /// <summary>The tables of the annex, by id (also the XLSX sheets).</summary>
    public required IReadOnlyDictionary<string, ReportTable> Tables { get; init; }

    /// <summary>The charts, by id: <see cref="Charts.LineChart"/> or <see cref="Charts.BarChart"/>.</summary>
    public required IReadOnlyDictionary<string, object> Charts { get; init; }
}

/// <summary>A headline figure of the half against the previous half and the same half a year earlier.</summary>
public sealed record Headline(string Code, Label Name, long? Current, long? Previous, long? YearEarlier)
{
    public double? ChangeFromPrevious => PeriodFigures.Change(Previous, Current);

    public double? ChangeFromYearEarlier => PeriodFigures.Change(YearEarlier, Current);
}

/// <summary>A region's figures for the half, with its rate per 10,000 people where its population is known.</summary>
public sealed record RegionLine(string Kato, Label Name, long? Population, int? PopulationYear, PeriodFigures Figures, double? VolunteersPer10000, int? Rank);

/// <summary>A region's volunteers now against the same half a year earlier.</summary>
public sealed record RegionChange(string Kato, Label Name, long Earlier, long Now, double Change);

/// <summary>A region whose volunteers fell in each quarter of the half against the quarter before.</summary>
public sealed record RegionDecline(string Kato, Label Name, long Before, long First, long Second);

/// <summary>Practice items of one activity type (null: not given), as chosen for the report.</summary>
public sealed record PracticeGroup(string? ActivityType, Label ActivityName, int Total, IReadOnlyList<PracticeItem> Items);

/// <summary>
/// One practice item, or several units' items with the same title (told apart after trimming case,
/// spaces and punctuation): where they came from and one text.
/// </summary>
public sealed record PracticeItem(string Title, string Text, IReadOnlyList<Label> Units, IReadOnlyList<Label> Regions, long? Reach);

/// <summary>One of the three proposal areas of §6.3: submitted proposals de-duplicated, and recommendations from the data.</summary>
public sealed record ProposalArea(string Code, Label Name, int Submitted, IReadOnlyList<PracticeItem> Items, IReadOnlyList<Recommendation> Recommendations);

/// <summary>
/// A recommendation a stated rule draws from the data: which rule, and the regions or units it
/// points at, with their figures.
/// </summary>
public sealed record Recommendation(string Rule, IReadOnlyList<RecommendationSubject> Subjects, double? Figure = null);

/// <summary>A region or unit a recommendation concerns, with the figure that put it there.</summary>
public sealed record RecommendationSubject(string Kato, Label Name, double? Figure);

/// <summary>A region's returns in the half at each tier: expected, received, on time, late, missing, pending.</summary>
public sealed record ComplianceLine(string Kato, Label Name, TierCounts Districts, TierCounts Region);

/// <summary>Counts of returns at one tier.</summary>
public sealed record TierCounts(int Expected, int Received, int OnTime, int Late, int Missing, int Pending)
{
    public static TierCounts operator +(TierCounts a, TierCounts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Expected + b.Expected, a.Received + b.Received, a.OnTime + b.OnTime, a.Late + b.Late, a.Missing + b.Missing, a.Pending + b.Pending);
    }

    public static TierCounts Add(TierCounts a, TierCounts b) => a + b;
}

/// <summary>What the report was computed from: how many returns, how many corrected, loaded up to when.</summary>
public sealed record SourceSummary(int Returns, int Corrected, DateTime? LatestLoadUtc);
