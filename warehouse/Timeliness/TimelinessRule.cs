using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Warehouse.Timeliness;

/// <summary>
/// The Rules' deadlines applied to one unit's quarterly return (§7, §8): a district or city against
/// the 5th of the month after the quarter, a region against the 10th, each by the day its first
/// version sent up counts from (<c>v_sent_up</c>: through the portal, the day it was sent — a
/// region's, the day its package went to the ministry; otherwise the workbook's date for a
/// district, the day the ministry received it for a region). A unit with nothing sent up is missing
/// once its deadline has passed, pending before.
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

        var accepted = first.SentUpKey;
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

/// <summary>The first version of a unit's return for a quarter that was sent up, and the day it counts from.</summary>
public sealed record FirstVersion
{
    public string UnitKato { get; init; } = string.Empty;

    public int SubmissionKey { get; init; }

    public int SentUpKey { get; init; }
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

    /// <summary>The day the first version sent up counts from (<c>v_sent_up</c>).</summary>
    public int? AcceptedDateKey { get; init; }

    public int? DaysLate { get; init; }

    public string Status { get; init; } = string.Empty;

    /// <summary>The moment the verdict holds for: the load, check or report that made it.</summary>
    public DateTime EvaluatedAtUtc { get; init; }
}
