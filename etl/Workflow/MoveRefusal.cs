namespace VolunteerDW.Etl.Workflow;

/// <summary>Why a move was not made. Each is worded for the person in the portal; none changes anything.</summary>
public enum MoveRefusal
{
    /// <summary>The person's role makes no such move (a district accepting a return, an administrator anything).</summary>
    NotForRole,

    /// <summary>A regional officer acting on another region's district, or on another region's package.</summary>
    OtherRegion,

    /// <summary>The move is for the other tier: a package move on a district's return, or the reverse.</summary>
    WrongTier,

    /// <summary>There is no return to move: the unit has sent none for the quarter (or, for a package, the region has sent no return of its own).</summary>
    NoReturn,

    /// <summary>The return or package does not stand where the move starts from (already accepted, not yet sent, …).</summary>
    NotInState,

    /// <summary>Returning, reopening and unlocking need a reason; none was written, or it is longer than 2,000 characters.</summary>
    ReasonRequired,

    /// <summary>The ministry has accepted the region's quarter: a change needs the ministry to unlock it, or to reopen the district.</summary>
    Locked,

    /// <summary>The region's package is with the ministry: its own return cannot change until the ministry answers.</summary>
    WithMinistry,

    /// <summary>The unit does not report (or did not exist) for the quarter.</summary>
    UnknownUnit,
}
