namespace VolunteerDW.Warehouse.Codes;

/// <summary>The moves of the approval workflow (<c>fact_return_move.move</c>).</summary>
public static class WorkflowMoves
{
    /// <summary>The list's name in <c>dim_code_label</c>.</summary>
    public const string List = "workflow_move";

    /// <summary>A district's return sent to its region, or a region's own return loaded: a new version.</summary>
    public const string Sent = "sent";

    /// <summary>The region accepts or returns (with a reason) a district's return.</summary>
    public const string Accepted = "accepted", Returned = "returned";

    /// <summary>The region sends its package; the ministry accepts it (the quarter locks) or returns it with a reason.</summary>
    public const string PackageSent = "package_sent", PackageAccepted = "package_accepted", PackageReturned = "package_returned";

    /// <summary>The ministry reopens one district's return, or unlocks a region's accepted quarter, with a reason.</summary>
    public const string Reopened = "reopened", Unlocked = "unlocked";

    /// <summary>Every code, in the order the lists sort them.</summary>
    public static IReadOnlyList<string> All { get; } = [Sent, Accepted, Returned, PackageSent, PackageAccepted, PackageReturned, Reopened, Unlocked];

    /// <summary>The moves that need a reason written by whoever makes them.</summary>
    public static IReadOnlyList<string> WithReason { get; } = [Returned, PackageReturned, Reopened, Unlocked];
}
