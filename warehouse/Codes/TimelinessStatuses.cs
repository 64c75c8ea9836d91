namespace VolunteerDW.Warehouse.Codes;

/// <summary>
/// Where a unit's return for a quarter stands against its deadline
/// (<c>fact_submission_timeliness.status</c>): missing once the deadline has passed without one,
/// pending before.
/// </summary>
public static class TimelinessStatuses
{
    /// <summary>The list's name in <c>dim_code_label</c>.</summary>
    public const string List = "timeliness_status";

    public const string OnTime = "on_time", Late = "late", Missing = "missing", Pending = "pending";

    /// <summary>Every code, in the order the lists sort them.</summary>
    public static IReadOnlyList<string> All { get; } = [OnTime, Late, Missing, Pending];
}
