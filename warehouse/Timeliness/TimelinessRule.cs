using VolunteerDW.Warehouse.Dimensions;

namespace VolunteerDW.Warehouse.Timeliness;

/// <summary>
/// The Rules' deadlines applied to one unit's quarterly return (§7, §8): a district or city is
/// judged by the date its workbook says it was sent up, against the 5th of the month after the
/// quarter; a region by the date the ministry received it, against the 10th. Only the first accepted
/// version counts. A unit with no return is missing once its deadline has passed, pending before.
/// </summary>
public static class TimelinessRule
{
    /// <summary>The verdict for one unit: the deadline of its hop, and when its first version arrived.</summary>
    public static TimelinessRow Evaluate(UnitVersionRow unit, FirstVersion? first, (int Tier1, int Tier2) deadlines, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var tier = unit.ReportingTier ?? throw new ArgumentException($"Unit {unit.KatoCode} does not report.", nameof(unit));
        var deadline = tier == 1 ? deadlines.Tier1 : deadlines.Tier2;
        if (first is null)
        {
            return new TimelinessRow(unit.KatoCode, unit.RegionSk, tier, deadline, null, null, null,
                today > DateKeys.ToDate(deadline) ? TimelinessRow.Missing : TimelinessRow.Pending);
        }

        var accepted = tier == 1 ? first.SubmittedOnKey : first.ReceivedDateKey;
        var daysLate = Math.Max(0, DateKeys.ToDate(accepted).DayNumber - DateKeys.ToDate(deadline).DayNumber);
        return new TimelinessRow(unit.KatoCode, unit.RegionSk, tier, deadline, first.SubmissionKey, accepted, daysLate,
            daysLate > 0 ? TimelinessRow.Late : TimelinessRow.OnTime);
    }
}

/// <summary>The first accepted version of a unit's return for a quarter.</summary>
public sealed record FirstVersion
{
    public string UnitKato { get; init; } = string.Empty;

    public int QuarterKey { get; init; }

    public int SubmissionKey { get; init; }

    public int SubmittedOnKey { get; init; }

    public int ReceivedDateKey { get; init; }
}

/// <summary>One expected unit's timeliness for a quarter.</summary>
public sealed record TimelinessRow(string UnitKato, int RegionSk, int Tier, int DeadlineKey, int? FirstSubmissionKey, int? AcceptedDateKey, int? DaysLate, string Status)
{
    public const string OnTime = "on_time";
    public const string Late = "late";
    public const string Missing = "missing";
    public const string Pending = "pending";
}
