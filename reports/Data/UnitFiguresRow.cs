namespace VolunteerDW.Reports.Data;

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
