using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.Notices;

/// <summary>A deadline a day's reminders concern: a quarter's district (tier 1) or region (tier 2) deadline, ahead of it or just passed.</summary>
public sealed record ReminderOccasion(Quarter Quarter, int Tier, DateOnly Deadline, bool Passed);

/// <summary>
/// What is known of one quarter when the reminders are planned: the units expected to report (as
/// <see cref="Warehouse.Timeliness.TimelinessEvaluator.ExpectedUnits"/> has them), those with a
/// current return, and where each return or package stands in the workflow.
/// </summary>
public sealed record QuarterFacts(Quarter Quarter, IReadOnlyList<UnitVersionRow> Expected, IReadOnlySet<string> WithCurrentReturn, IReadOnlyDictionary<string, string> States);

/// <summary>
/// One message to plan: a reminder to a unit (<paramref name="Addressee"/> is the unit itself), or
/// the list of late units to their region (tier 1) or to the ministry (tier 2, no addressee).
/// </summary>
public sealed record PlannedNotice(string Kind, ReminderOccasion Occasion, UnitVersionRow? Addressee, IReadOnlyList<UnitVersionRow> Units, bool Returned);

/// <summary>
/// Which units are told what on a day — a function of the day (in Kazakhstan), the days before a
/// deadline that a reminder goes, and the warehouse's facts, and nothing else:
/// <list type="bullet">
/// <item><c>DaysBefore</c> days before a district deadline, each expected district or city with no
/// current return, or whose return stands returned to it; before a region deadline, each region
/// whose package neither awaits nor was accepted by the ministry (no state: not sent).</item>
/// <item>The day after a district deadline, each region the list of its districts with no return;
/// the day after a region deadline, the ministry the list of regions that have not sent.</item>
/// </list>
/// </summary>
public static class ReminderPlan
{
    /// <summary>The deadlines a day concerns: those <paramref name="daysBefore"/> days ahead, and those of the day before.</summary>
    public static IReadOnlyList<ReminderOccasion> Occasions(DateOnly day, int daysBefore)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(daysBefore);
        return [.. Deadlines(day.AddDays(daysBefore), passed: false), .. Deadlines(day.AddDays(-1), passed: true)];
    }

    /// <summary>Every message of a day; <paramref name="facts"/> is asked only for the quarters of <see cref="Occasions"/>.</summary>
    public static IReadOnlyList<PlannedNotice> For(DateOnly day, int daysBefore, Func<Quarter, QuarterFacts> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return [.. Occasions(day, daysBefore).SelectMany(occasion => For(occasion, facts(occasion.Quarter)))];
    }

    private static IEnumerable<PlannedNotice> For(ReminderOccasion occasion, QuarterFacts facts)
    {
        var units = facts.Expected.Where(u => u.ReportingTier == occasion.Tier).OrderBy(u => u.KatoCode, StringComparer.Ordinal).ToList();
        if (!occasion.Passed)
        {
            return units.Where(u => Outstanding(u, occasion.Tier, facts))
                .Select(u => new PlannedNotice(MailKinds.Reminder, occasion, u, [u], State(facts, u) == WorkflowStates.ReturnedToDistrict));
        }

        var late = units.Where(u => occasion.Tier == 2 ? Outstanding(u, 2, facts) : !facts.WithCurrentReturn.Contains(u.KatoCode)).ToList();
        if (occasion.Tier == 2)
        {
            return late.Count == 0 ? [] : [new PlannedNotice(MailKinds.LateUnits, occasion, null, late, false)];
        }

        var regions = facts.Expected.Where(u => u.ReportingTier == 2).ToDictionary(u => u.KatoCode, StringComparer.Ordinal);
        return late.GroupBy(u => u.RegionKato ?? string.Empty, StringComparer.Ordinal)
            .Where(g => regions.ContainsKey(g.Key))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PlannedNotice(MailKinds.LateUnits, occasion, regions[g.Key], [.. g], false));
    }

    // Not yet sent as the Rules want it: a district's return missing or returned to it; a region's package not with the ministry.
    private static bool Outstanding(UnitVersionRow unit, int tier, QuarterFacts facts) => tier == 1
        ? !facts.WithCurrentReturn.Contains(unit.KatoCode) || State(facts, unit) == WorkflowStates.ReturnedToDistrict
        : State(facts, unit) is not (WorkflowStates.AwaitingMinistry or WorkflowStates.AcceptedByMinistry);

    private static string? State(QuarterFacts facts, UnitVersionRow unit) => facts.States.GetValueOrDefault(unit.KatoCode);

    // The quarter whose deadlines fall in the month after it, if one of them is this day.
    private static IEnumerable<ReminderOccasion> Deadlines(DateOnly deadline, bool passed)
    {
        var quarter = Quarter.Of(deadline).Previous;
        if (!quarter.InCalendar)
        {
            yield break;
        }

        if (quarter.Tier1Deadline == deadline)
        {
            yield return new(quarter, 1, deadline, passed);
        }

        if (quarter.Tier2Deadline == deadline)
        {
            yield return new(quarter, 2, deadline, passed);
        }
    }
}
