using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Etl.Workflow;

/// <summary>
/// The approval workflow's rules, in one place (Rules §7, §8): who may make which move, on what,
/// from which state, and where it leads. A district's return goes to its region, which accepts it
/// or returns it with a reason; the region sends its package to the ministry, which accepts it (the
/// quarter locks) or returns it; the ministry alone reopens one district or unlocks a quarter.
/// Pure: the caller reads where things stand and writes the move.
/// </summary>
public static class MovePolicy
{
    /// <summary>The longest reason kept, as <c>fact_return_move.reason</c> allows.</summary>
    public const int ReasonLength = 2000;

    private static readonly string[] WithMinistry = [WorkflowStates.AwaitingMinistry, WorkflowStates.AcceptedByMinistry];

    /// <summary>Where a newly sent version of a return stands: a district's awaits its region; a region's package is open until the region sends it.</summary>
    public static string Sent(int tier) => tier == 1 ? WorkflowStates.AwaitingRegion : WorkflowStates.Open;

    /// <summary>
    /// Whether a new version of a return may be loaded: not while the ministry holds the region's
    /// quarter — a district's after the ministry accepted its region's package (unless the ministry
    /// reopened that district), a region's own while its package awaits the ministry or was accepted.
    /// </summary>
    public static MoveRefusal? MaySend(ReturnStanding standing)
    {
        ArgumentNullException.ThrowIfNull(standing);
        if (standing.Tier == 2)
        {
            return standing.State == WorkflowStates.AcceptedByMinistry ? MoveRefusal.Locked
                : standing.State == WorkflowStates.AwaitingMinistry ? MoveRefusal.WithMinistry
                : null;
        }

        return standing.PackageState == WorkflowStates.AcceptedByMinistry && standing.State != WorkflowStates.ReturnedToDistrict ? MoveRefusal.Locked : null;
    }

    /// <summary>The state a move leads to, or why it may not be made by this person on this return now.</summary>
    /// <param name="actor">Who makes it.</param>
    /// <param name="move">A code of <see cref="WorkflowMoves"/> other than <see cref="WorkflowMoves.Sent"/> (sending is loading: <see cref="MaySend"/>).</param>
    /// <param name="regionKato">The region the district whose return it moves counts for at the quarter's end, or the region whose package it moves.</param>
    /// <param name="standing">Where the return stands.</param>
    /// <param name="reason">What the person wrote.</param>
    public static MoveDecision Decide(WorkflowActor actor, string move, string regionKato, ReturnStanding standing, string? reason)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(standing);
        if (Rule(move) is not { } rule || actor.Role != rule.Role)
        {
            return MoveDecision.Refused(MoveRefusal.NotForRole);
        }

        if (rule.Tier != standing.Tier)
        {
            return MoveDecision.Refused(MoveRefusal.WrongTier);
        }

        // A regional officer acts on their own region's districts and package only.
        if (actor.Role == PortalRoles.RegionalOfficer && actor.UnitKato != regionKato)
        {
            return MoveDecision.Refused(MoveRefusal.OtherRegion);
        }

        if (standing.SubmissionKey is null)
        {
            return MoveDecision.Refused(MoveRefusal.NoReturn);
        }

        var from = standing.Effective!;
        if (!rule.From.Contains(from) || (move == WorkflowMoves.Returned && from == WorkflowStates.AcceptedByRegion && WithMinistry.Contains(standing.PackageState)))
        {
            return MoveDecision.Refused(standing.PackageState == WorkflowStates.AcceptedByMinistry && rule.Role == PortalRoles.RegionalOfficer
                ? MoveRefusal.Locked
                : MoveRefusal.NotInState);
        }

        var written = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if ((WorkflowMoves.WithReason.Contains(move) && written is null) || written?.Length > ReasonLength)
        {
            return MoveDecision.Refused(MoveRefusal.ReasonRequired);
        }

        return new MoveDecision(from, rule.To, written, null);
    }

    // Each move: who makes it, on which tier, from which states, to which. A region returns an
    // accepted district too, until its package is with the ministry (then the ministry reopens it).
    private static MoveRule? Rule(string move) => move switch
    {
        WorkflowMoves.Accepted => new(PortalRoles.RegionalOfficer, 1, [WorkflowStates.AwaitingRegion], WorkflowStates.AcceptedByRegion),
        WorkflowMoves.Returned => new(PortalRoles.RegionalOfficer, 1, [WorkflowStates.AwaitingRegion, WorkflowStates.AcceptedByRegion], WorkflowStates.ReturnedToDistrict),
        WorkflowMoves.PackageSent => new(PortalRoles.RegionalOfficer, 2, [WorkflowStates.Open, WorkflowStates.ReturnedToRegion], WorkflowStates.AwaitingMinistry),
        WorkflowMoves.PackageAccepted => new(PortalRoles.MinistryAnalyst, 2, [WorkflowStates.AwaitingMinistry], WorkflowStates.AcceptedByMinistry),
        WorkflowMoves.PackageReturned => new(PortalRoles.MinistryAnalyst, 2, [WorkflowStates.AwaitingMinistry], WorkflowStates.ReturnedToRegion),
        WorkflowMoves.Reopened => new(PortalRoles.MinistryAnalyst, 1, [WorkflowStates.AwaitingRegion, WorkflowStates.AcceptedByRegion], WorkflowStates.ReturnedToDistrict),
        WorkflowMoves.Unlocked => new(PortalRoles.MinistryAnalyst, 2, [WorkflowStates.AcceptedByMinistry], WorkflowStates.Open),
        _ => null,
    };

    private sealed record MoveRule(string Role, int Tier, string[] From, string To);
}

/// <summary>A move allowed (from a state to a state, with the reason as kept) or refused.</summary>
public sealed record MoveDecision(string? From, string? To, string? Reason, MoveRefusal? Refusal)
{
    public bool Allowed => Refusal is null;

    public static MoveDecision Refused(MoveRefusal refusal) => new(null, null, null, refusal);
}
