namespace VolunteerDW.Reports.Data;

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
