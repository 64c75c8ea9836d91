namespace VolunteerDW.Etl.Workflow;

/// <summary>
/// Where a unit's return stands for a quarter, as a move is about to be made on it: its own state,
/// the state of its region's package, and its current version. A return loaded before the workflow
/// existed has no state row: it stands where a newly sent one would (<see cref="MovePolicy.Sent"/>).
/// </summary>
/// <param name="Tier">1 for a district's or city's return, 2 for a region's.</param>
/// <param name="State">The return's state (for a region, its package's); null when it has none.</param>
/// <param name="PackageState">The state of the package of the region the unit counts for; null when it has none.</param>
/// <param name="SubmissionKey">The current version; null when the unit has sent none.</param>
public sealed record ReturnStanding(int Tier, string? State, string? PackageState, int? SubmissionKey)
{
    /// <summary>The state, with a return that has none standing where it would have been put when it arrived.</summary>
    public string? Effective => State ?? (SubmissionKey is null ? null : MovePolicy.Sent(Tier));
}
