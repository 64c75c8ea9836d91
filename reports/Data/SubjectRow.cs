namespace VolunteerDW.Reports.Data;

/// <summary>Subjects by quarter, region, subject type and activity type (<c>subjects_by_region_quarter.sql</c>).</summary>
public sealed record SubjectRow
{
    public int QuarterKey { get; init; }

    public string RegionKato { get; init; } = string.Empty;

    public string SubjectType { get; init; } = string.Empty;

    public string ActivityType { get; init; } = string.Empty;

    public long? Subjects { get; init; }

    public long? People { get; init; }

    public long? NewSubjects { get; init; }
}
