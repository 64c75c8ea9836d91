using VolunteerDW.Reports.Analysis;
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

    /// <summary>The value of the volunteer work of the half, the previous half and the same half a year earlier.</summary>
    public required WorkValue Work { get; init; }

    public required WorkValue WorkPrevious { get; init; }

    public required WorkValue WorkYearEarlier { get; init; }

    /// <summary>What the half's work is counted and valued by: full time and the wage figures, for the method section.</summary>
    public required ValuationBasis Valuation { get; init; }

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

    /// <summary>The charts, by id: <see cref="Charts.LineChart"/>, <see cref="Charts.BarChart"/> or <see cref="Charts.TileMap"/>.</summary>
    public required IReadOnlyDictionary<string, object> Charts { get; init; }
}

/// <summary>A headline figure of the half against the previous half and the same half a year earlier.</summary>
public sealed record Headline(string Code, Label Name, long? Current, long? Previous, long? YearEarlier)
{
    public double? ChangeFromPrevious => PeriodFigures.Change(Previous, Current);

    public double? ChangeFromYearEarlier => PeriodFigures.Change(YearEarlier, Current);
}

/// <summary>One of the three proposal areas of §6.3: submitted proposals de-duplicated, and recommendations from the data.</summary>
public sealed record ProposalArea(string Code, Label Name, int Submitted, IReadOnlyList<PracticeItem> Items, IReadOnlyList<Recommendation> Recommendations);

/// <summary>What the report was computed from: how many returns, how many corrected, loaded up to when.</summary>
public sealed record SourceSummary(int Returns, int Corrected, DateTime? LatestLoadUtc);
