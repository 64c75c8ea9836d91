namespace VolunteerDW.Reports.Data;

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
