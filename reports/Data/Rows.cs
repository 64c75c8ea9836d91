using VolunteerDW.Warehouse.Localization;

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

/// <summary>Programmes by quarter, region, kind and activity type (<c>programmes_by_region_quarter.sql</c>).</summary>
public sealed record ProgrammeRow
{
    public int QuarterKey { get; init; }

    public string RegionKato { get; init; } = string.Empty;

    public string Kind { get; init; } = string.Empty;

    public string ActivityType { get; init; } = string.Empty;

    public long Programmes { get; init; }

    public long WithStatePartner { get; init; }

    public long? Volunteers { get; init; }

    public long? Beneficiaries { get; init; }

    public long? VolunteerHours { get; init; }

    public long? FundingKzt { get; init; }
}

/// <summary>A region valid on a date, with its population where known (<c>regions.sql</c>).</summary>
public sealed record RegionRow
{
    /// <summary>The region's name in each language; English falls back to Russian.</summary>
    public Label Name => new(NameKk, NameRu, NameEn ?? NameRu);

    public string Kato { get; init; } = string.Empty;

    public string NameKk { get; init; } = string.Empty;

    public string NameRu { get; init; } = string.Empty;

    public string? NameEn { get; init; }

    public long? Population { get; init; }

    public int? PopulationYear { get; init; }
}

/// <summary>An entry of a classifier (<c>classifiers.sql</c>).</summary>
public sealed record ClassifierEntry
{
    public string Classifier { get; init; } = string.Empty;

    public string Code { get; init; } = string.Empty;

    public string NameKk { get; init; } = string.Empty;

    public string NameRu { get; init; } = string.Empty;

    public string NameEn { get; init; } = string.Empty;
}

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

/// <summary>A quarter with its deadlines (<c>quarters.sql</c>).</summary>
public sealed record QuarterRow
{
    public int QuarterKey { get; init; }

    public int HalfKey { get; init; }

    public int LastDayKey { get; init; }

    public int Tier1DeadlineKey { get; init; }

    public int Tier2DeadlineKey { get; init; }

    public int HalfReportDeadlineKey { get; init; }
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
