
namespace VolunteerDW.Reports.Data;

/// <summary>A practice item with its unit, region and the unit's reach (<c>practices.sql</c>).</summary>
public sealed record PracticeRow
{
    public int QuarterKey { get; init; }

    public string UnitKato { get; init; } = string.Empty;

    public string UnitNameKk { get; init; } = string.Empty;

    public string UnitNameRu { get; init; } = string.Empty;

    public string RegionKato { get; init; } = string.Empty;

    public string Kind { get; init; } = string.Empty;

    public string? ProposalArea { get; init; }

    public string? ActivityType { get; init; }

    public string Title { get; init; } = string.Empty;

    public string Text { get; init; } = string.Empty;

    public long? Reach { get; init; }
}
