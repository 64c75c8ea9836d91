using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;
using VolunteerDW.Warehouse.Timeliness;

namespace VolunteerDW.Etl.Checking;

/// <summary>A quarter's completeness, timeliness and current findings, as of a moment.</summary>
/// <param name="Quarter">The quarter checked.</param>
/// <param name="AsOf">The day of the check, in Kazakhstan time.</param>
/// <param name="Timeliness">Every expected unit's timeliness.</param>
/// <param name="Findings">The quarter's current findings.</param>
/// <param name="Units">The units valid at the quarter's end, by KATO code, for their names.</param>
public sealed record QuarterReport(
    Quarter Quarter,
    DateOnly AsOf,
    IReadOnlyList<TimelinessRow> Timeliness,
    IReadOnlyList<FindingView> Findings,
    IReadOnlyDictionary<string, UnitVersionRow> Units);

/// <summary>A current finding with the names an analyst reads.</summary>
public sealed record FindingView
{
    public string RuleCode { get; init; } = string.Empty;

    public string Severity { get; init; } = string.Empty;

    public string UnitKato { get; init; } = string.Empty;

    public string NameKk { get; init; } = string.Empty;

    public string NameRu { get; init; } = string.Empty;

    public string? ParentKato { get; init; }

    public int? Tier { get; init; }

    public string? SubjectType { get; init; }

    public string? ActivityType { get; init; }

    public string? Measure { get; init; }

    public string? Location { get; init; }

    public long? ExpectedValue { get; init; }

    public long? ActualValue { get; init; }

    public string? Detail { get; init; }

    public string? FileName { get; init; }
}
