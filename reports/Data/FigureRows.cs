namespace VolunteerDW.Reports.Data;

// Figures a report counts, by region and quarter or by unit. One record per query of reports/Queries, named after it.

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

/// <summary>One unit's figures for a quarter (<c>unit_figures.sql</c>).</summary>
public sealed record UnitFiguresRow
{
    public string UnitKato { get; init; } = string.Empty;

    public long? Subjects { get; init; }

    public long? People { get; init; }

    public long? NewSubjects { get; init; }

    public long? Programmes { get; init; }

    public long? WithStatePartner { get; init; }

    public long? Beneficiaries { get; init; }
}
