using VolunteerDW.Etl.Workflow;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Tests.Workflow;

/// <summary>Every move for every role, allowed and refused, from every state it can meet: the workflow's rules read as a table.</summary>
public sealed class MovePolicyTests
{
    private const string Abai = "100000000", Almaty = "750000000", Semey = "101000000";
    private const string Reason = "Строка 3: число субъектов не сходится с программами.";

    private static readonly WorkflowActor District = new("semey.officer", PortalRoles.DistrictOfficer, Semey);
    private static readonly WorkflowActor Region = new("abai.officer", PortalRoles.RegionalOfficer, Abai);
    private static readonly WorkflowActor OtherRegion = new("almaty.officer", PortalRoles.RegionalOfficer, Almaty);
    private static readonly WorkflowActor Ministry = new("analyst", PortalRoles.MinistryAnalyst, null);
    private static readonly WorkflowActor Administrator = new("admin", PortalRoles.Administrator, null);

    public static TheoryData<string, string, int, string?, string?, bool, string?, string> Cases => new()
    {
        // The region accepts or returns its districts' returns; a return needs a reason.
        { "region", WorkflowMoves.Accepted, 1, WorkflowStates.AwaitingRegion, null, true, null, WorkflowStates.AcceptedByRegion },
        { "region", WorkflowMoves.Accepted, 1, null, null, true, null, WorkflowStates.AcceptedByRegion },
        { "region", WorkflowMoves.Returned, 1, WorkflowStates.AwaitingRegion, null, true, Reason, WorkflowStates.ReturnedToDistrict },
        { "region", WorkflowMoves.Returned, 1, WorkflowStates.AwaitingRegion, null, true, "  ", nameof(MoveRefusal.ReasonRequired) },
        { "region", WorkflowMoves.Returned, 1, WorkflowStates.AwaitingRegion, null, true, new string('я', 2001), nameof(MoveRefusal.ReasonRequired) },
        { "region", WorkflowMoves.Returned, 1, WorkflowStates.AcceptedByRegion, WorkflowStates.Open, true, Reason, WorkflowStates.ReturnedToDistrict },
        { "region", WorkflowMoves.Returned, 1, WorkflowStates.AcceptedByRegion, WorkflowStates.AwaitingMinistry, true, Reason, nameof(MoveRefusal.NotInState) },
        { "region", WorkflowMoves.Returned, 1, WorkflowStates.AcceptedByRegion, WorkflowStates.AcceptedByMinistry, true, Reason, nameof(MoveRefusal.Locked) },
        { "region", WorkflowMoves.Accepted, 1, WorkflowStates.AcceptedByRegion, null, true, null, nameof(MoveRefusal.NotInState) },
        { "region", WorkflowMoves.Accepted, 1, WorkflowStates.ReturnedToDistrict, null, true, null, nameof(MoveRefusal.NotInState) },
        { "region", WorkflowMoves.Accepted, 1, null, null, false, null, nameof(MoveRefusal.NoReturn) },
        // A district the ministry reopened, sent again, is accepted by its region under the locked quarter.
        { "region", WorkflowMoves.Accepted, 1, WorkflowStates.AwaitingRegion, WorkflowStates.AcceptedByMinistry, true, null, WorkflowStates.AcceptedByRegion },
        { "region", WorkflowMoves.Accepted, 2, WorkflowStates.Open, WorkflowStates.Open, true, null, nameof(MoveRefusal.WrongTier) },
        // The region sends its package once its own return is in, and again after the ministry returns it.
        { "region", WorkflowMoves.PackageSent, 2, WorkflowStates.Open, WorkflowStates.Open, true, null, WorkflowStates.AwaitingMinistry },
        { "region", WorkflowMoves.PackageSent, 2, null, null, true, null, WorkflowStates.AwaitingMinistry },
        { "region", WorkflowMoves.PackageSent, 2, WorkflowStates.ReturnedToRegion, WorkflowStates.ReturnedToRegion, true, null, WorkflowStates.AwaitingMinistry },
        { "region", WorkflowMoves.PackageSent, 2, WorkflowStates.AwaitingMinistry, WorkflowStates.AwaitingMinistry, true, null, nameof(MoveRefusal.NotInState) },
        { "region", WorkflowMoves.PackageSent, 2, WorkflowStates.AcceptedByMinistry, WorkflowStates.AcceptedByMinistry, true, null, nameof(MoveRefusal.Locked) },
        { "region", WorkflowMoves.PackageSent, 2, null, null, false, null, nameof(MoveRefusal.NoReturn) },
        { "region", WorkflowMoves.PackageSent, 1, WorkflowStates.AwaitingRegion, null, true, null, nameof(MoveRefusal.WrongTier) },
        // The ministry's moves are not the region's.
        { "region", WorkflowMoves.PackageAccepted, 2, WorkflowStates.AwaitingMinistry, WorkflowStates.AwaitingMinistry, true, null, nameof(MoveRefusal.NotForRole) },
        { "region", WorkflowMoves.Reopened, 1, WorkflowStates.AcceptedByRegion, WorkflowStates.AcceptedByMinistry, true, Reason, nameof(MoveRefusal.NotForRole) },
        { "region", WorkflowMoves.Unlocked, 2, WorkflowStates.AcceptedByMinistry, WorkflowStates.AcceptedByMinistry, true, Reason, nameof(MoveRefusal.NotForRole) },
        { "region", WorkflowMoves.Sent, 1, WorkflowStates.AwaitingRegion, null, true, null, nameof(MoveRefusal.NotForRole) },
        { "region", "approve", 1, WorkflowStates.AwaitingRegion, null, true, null, nameof(MoveRefusal.NotForRole) },

        // Another region's officer: nothing of Abai's.
        { "other region", WorkflowMoves.Accepted, 1, WorkflowStates.AwaitingRegion, null, true, null, nameof(MoveRefusal.OtherRegion) },
        { "other region", WorkflowMoves.Returned, 1, WorkflowStates.AwaitingRegion, null, true, Reason, nameof(MoveRefusal.OtherRegion) },
        { "other region", WorkflowMoves.PackageSent, 2, WorkflowStates.Open, WorkflowStates.Open, true, null, nameof(MoveRefusal.OtherRegion) },

        // A district sends (by loading) and makes no move on any return, its own least of all.
        { "district", WorkflowMoves.Accepted, 1, WorkflowStates.AwaitingRegion, null, true, null, nameof(MoveRefusal.NotForRole) },
        { "district", WorkflowMoves.Returned, 1, WorkflowStates.AwaitingRegion, null, true, Reason, nameof(MoveRefusal.NotForRole) },
        { "district", WorkflowMoves.PackageSent, 2, WorkflowStates.Open, WorkflowStates.Open, true, null, nameof(MoveRefusal.NotForRole) },
        { "district", WorkflowMoves.Reopened, 1, WorkflowStates.AcceptedByRegion, null, true, Reason, nameof(MoveRefusal.NotForRole) },

        // The ministry answers packages, reopens one district, unlocks a quarter; each of the last three with a reason.
        { "ministry", WorkflowMoves.PackageAccepted, 2, WorkflowStates.AwaitingMinistry, WorkflowStates.AwaitingMinistry, true, null, WorkflowStates.AcceptedByMinistry },
        { "ministry", WorkflowMoves.PackageAccepted, 2, WorkflowStates.Open, WorkflowStates.Open, true, null, nameof(MoveRefusal.NotInState) },
        { "ministry", WorkflowMoves.PackageReturned, 2, WorkflowStates.AwaitingMinistry, WorkflowStates.AwaitingMinistry, true, Reason, WorkflowStates.ReturnedToRegion },
        { "ministry", WorkflowMoves.PackageReturned, 2, WorkflowStates.AwaitingMinistry, WorkflowStates.AwaitingMinistry, true, null, nameof(MoveRefusal.ReasonRequired) },
        { "ministry", WorkflowMoves.PackageReturned, 2, WorkflowStates.AcceptedByMinistry, WorkflowStates.AcceptedByMinistry, true, Reason, nameof(MoveRefusal.NotInState) },
        { "ministry", WorkflowMoves.Reopened, 1, WorkflowStates.AcceptedByRegion, WorkflowStates.AcceptedByMinistry, true, Reason, WorkflowStates.ReturnedToDistrict },
        { "ministry", WorkflowMoves.Reopened, 1, WorkflowStates.AwaitingRegion, WorkflowStates.AwaitingMinistry, true, Reason, WorkflowStates.ReturnedToDistrict },
        { "ministry", WorkflowMoves.Reopened, 1, WorkflowStates.AcceptedByRegion, WorkflowStates.AcceptedByMinistry, true, null, nameof(MoveRefusal.ReasonRequired) },
        { "ministry", WorkflowMoves.Reopened, 1, WorkflowStates.ReturnedToDistrict, WorkflowStates.AcceptedByMinistry, true, Reason, nameof(MoveRefusal.NotInState) },
        { "ministry", WorkflowMoves.Unlocked, 2, WorkflowStates.AcceptedByMinistry, WorkflowStates.AcceptedByMinistry, true, Reason, WorkflowStates.Open },
        { "ministry", WorkflowMoves.Unlocked, 2, WorkflowStates.AcceptedByMinistry, WorkflowStates.AcceptedByMinistry, true, "", nameof(MoveRefusal.ReasonRequired) },
        { "ministry", WorkflowMoves.Unlocked, 2, WorkflowStates.AwaitingMinistry, WorkflowStates.AwaitingMinistry, true, Reason, nameof(MoveRefusal.NotInState) },
        { "ministry", WorkflowMoves.Accepted, 1, WorkflowStates.AwaitingRegion, null, true, null, nameof(MoveRefusal.NotForRole) },
        { "ministry", WorkflowMoves.PackageSent, 2, WorkflowStates.Open, WorkflowStates.Open, true, null, nameof(MoveRefusal.NotForRole) },

        // An administrator manages accounts, not returns.
        { "administrator", WorkflowMoves.Accepted, 1, WorkflowStates.AwaitingRegion, null, true, null, nameof(MoveRefusal.NotForRole) },
        { "administrator", WorkflowMoves.PackageAccepted, 2, WorkflowStates.AwaitingMinistry, WorkflowStates.AwaitingMinistry, true, null, nameof(MoveRefusal.NotForRole) },
        { "administrator", WorkflowMoves.Unlocked, 2, WorkflowStates.AcceptedByMinistry, WorkflowStates.AcceptedByMinistry, true, Reason, nameof(MoveRefusal.NotForRole) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_move_leads_where_the_rules_say_or_is_refused_for_the_reason_they_give(string who, string move, int tier, string? state, string? package, bool sent,
        string? reason, string expected)
    {
        var actor = who switch
        {
            "region" => Region,
            "other region" => OtherRegion,
            "district" => District,
            "ministry" => Ministry,
            _ => Administrator,
        };

        var decision = MovePolicy.Decide(actor, move, Abai, new ReturnStanding(tier, state, package, sent ? 41 : null), reason);

        Assert.Equal(expected, decision.Refusal?.ToString() ?? decision.To);
        Assert.Equal(decision.Allowed, decision.Refusal is null);
        if (decision.Allowed)
        {
            Assert.Equal(state ?? MovePolicy.Sent(tier), decision.From);
            Assert.Equal(reason?.Trim() is { Length: > 0 } written ? written : null, decision.Reason);
        }
    }

    [Theory]
    [InlineData(1, WorkflowStates.AwaitingRegion, null, null)]
    [InlineData(1, WorkflowStates.AcceptedByRegion, WorkflowStates.AwaitingMinistry, null)]
    [InlineData(1, WorkflowStates.AcceptedByRegion, WorkflowStates.AcceptedByMinistry, nameof(MoveRefusal.Locked))]
    [InlineData(1, null, WorkflowStates.AcceptedByMinistry, nameof(MoveRefusal.Locked))]
    [InlineData(1, WorkflowStates.ReturnedToDistrict, WorkflowStates.AcceptedByMinistry, null)]
    [InlineData(2, null, null, null)]
    [InlineData(2, WorkflowStates.Open, WorkflowStates.Open, null)]
    [InlineData(2, WorkflowStates.ReturnedToRegion, WorkflowStates.ReturnedToRegion, null)]
    [InlineData(2, WorkflowStates.AwaitingMinistry, WorkflowStates.AwaitingMinistry, nameof(MoveRefusal.WithMinistry))]
    [InlineData(2, WorkflowStates.AcceptedByMinistry, WorkflowStates.AcceptedByMinistry, nameof(MoveRefusal.Locked))]
    public void A_new_version_is_refused_only_while_the_ministry_holds_the_regions_quarter(int tier, string? state, string? package, string? refusal)
    {
        Assert.Equal(refusal, MovePolicy.MaySend(new ReturnStanding(tier, state, package, 7))?.ToString());
    }
}
