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

    /// <summary>The hours of the programmes that reported their volunteers too.</summary>
    public long? HoursWithVolunteers { get; init; }

    /// <summary>The volunteers of the programmes that reported their hours too.</summary>
    public long? VolunteersWithHours { get; init; }

    public long? FundingKzt { get; init; }
}

/// <summary>How a quarter's volunteer hours are counted and valued (<c>work_valuation.sql</c>, from <c>v_work_valuation</c>).</summary>
public sealed record ValuationRow
{
    public int QuarterKey { get; init; }

    public int FullTimeWeekHours { get; init; }

    public int FullTimeQuarterHours { get; init; }

    public string? WageMeasureNameKk { get; init; }

    public string? WageMeasureNameRu { get; init; }

    public string? WagePeriod { get; init; }

    public long? MonthlyWageKzt { get; init; }

    public string? WageSource { get; init; }

    public double? HourlyWageKzt { get; init; }
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

    public long? Volunteers { get; init; }

    /// <summary>The population that counts for the unit in the quarter; null where none is loaded.</summary>
    public long? Population { get; init; }
}
