using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Analysis;

/// <summary>A region's returns in the half at each tier: expected, received, on time, late, missing, pending.</summary>
public sealed record ComplianceLine(string Kato, Label Name, TierCounts Districts, TierCounts Region);

/// <summary>Counts of returns at one tier.</summary>
public sealed record TierCounts(int Expected, int Received, int OnTime, int Late, int Missing, int Pending)
{
    public static TierCounts operator +(TierCounts a, TierCounts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Expected + b.Expected, a.Received + b.Received, a.OnTime + b.OnTime, a.Late + b.Late, a.Missing + b.Missing, a.Pending + b.Pending);
    }

    public static TierCounts Add(TierCounts a, TierCounts b) => a + b;
}
