using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;

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
    public static TimelinessRow Evaluate(UnitVersionRow unit, Quarter quarter, FirstVersion? first, (int Tier1, int Tier2) deadlines, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var tier = unit.ReportingTier ?? throw new ArgumentException($"Unit {unit.KatoCode} does not report.", nameof(unit));
        var deadline = tier == 1 ? deadlines.Tier1 : deadlines.Tier2;
        var row = new TimelinessRow
        {
            QuarterKey = quarter.Key,
            UnitKato = unit.KatoCode,
            RegionKato = unit.RegionKato!,
            RegionSk = unit.RegionSk,
            Tier = tier,
            DeadlineKey = deadline,
        };
        if (first is null)
        {
            return row with { Status = today > DateKeys.ToDate(deadline) ? TimelinessStatuses.Missing : TimelinessStatuses.Pending };
        }

        var accepted = tier == 1 ? first.SubmittedOnKey : first.ReceivedDateKey;
        var daysLate = Math.Max(0, DateKeys.ToDate(accepted).DayNumber - DateKeys.ToDate(deadline).DayNumber);
        return row with
        {
            FirstSubmissionKey = first.SubmissionKey,
            AcceptedDateKey = accepted,
            DaysLate = daysLate,
            Status = daysLate > 0 ? TimelinessStatuses.Late : TimelinessStatuses.OnTime,
        };
    }
}

/// <summary>The first accepted version of a unit's return for a quarter.</summary>
public sealed record FirstVersion
{
    public string UnitKato { get; init; } = string.Empty;

    public int SubmissionKey { get; init; }

    public int SubmittedOnKey { get; init; }

    public int ReceivedDateKey { get; init; }
}

/// <summary>
/// One expected unit's timeliness for a quarter, as <c>fact_submission_timeliness</c> holds it, with
/// the unit's code and the region it counts for (<c>dim_region.region_kato</c>).
/// </summary>
public sealed record TimelinessRow
{
    public int QuarterKey { get; init; }

    public string UnitKato { get; init; } = string.Empty;

    public string RegionKato { get; init; } = string.Empty;

    /// <summary>The unit version judged: the one valid at the quarter's end.</summary>
    public int RegionSk { get; init; }

    public int Tier { get; init; }

    public int DeadlineKey { get; init; }

    public int? FirstSubmissionKey { get; init; }

    /// <summary>The date the first version counts from: sent up (tier 1) or received by the ministry (tier 2).</summary>
    public int? AcceptedDateKey { get; init; }

    public int? DaysLate { get; init; }

    public string Status { get; init; } = string.Empty;

    /// <summary>The moment the verdict holds for: the load, check or report that made it.</summary>
    public DateTime EvaluatedAtUtc { get; init; }
}
