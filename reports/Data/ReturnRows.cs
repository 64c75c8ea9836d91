namespace VolunteerDW.Reports.Data;

// What the returns themselves say: practice items, reconciliation differences and the returns a report is computed from. One record per query of reports/Queries, named after it.

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

/// <summary>A current return a report is computed from (<c>sources.sql</c>).</summary>
public sealed record SourceRow
{
    public string UnitKato { get; init; } = string.Empty;

    public string UnitNameKk { get; init; } = string.Empty;

    public string UnitNameRu { get; init; } = string.Empty;

    public int QuarterKey { get; init; }

    public int Version { get; init; }

    public string Status { get; init; } = string.Empty;

    public string FileName { get; init; } = string.Empty;

    public string? PackageName { get; init; }

    public DateTime ReceivedAtUtc { get; init; }

    public DateTime LoadedAtUtc { get; init; }
}
