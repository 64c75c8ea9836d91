namespace VolunteerDW.Reports.Data;

/// <summary>A current reconciliation difference (<c>reconciliation_findings.sql</c>).</summary>
public sealed record ReconciliationRow
{
    public int QuarterKey { get; init; }

    public string RegionKato { get; init; } = string.Empty;

    public string? SubjectType { get; init; }

    public string? ActivityType { get; init; }

    public string? Measure { get; init; }

    public long? Claimed { get; init; }

    public long? Summed { get; init; }
}
