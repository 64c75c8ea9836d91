namespace VolunteerDW.Reports.Data;

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
