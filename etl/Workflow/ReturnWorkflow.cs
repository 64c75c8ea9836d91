using System.Data.Common;
using Dapper;
using VolunteerDW.Etl.Notices;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;
using VolunteerDW.Warehouse.Timeliness;

namespace VolunteerDW.Etl.Workflow;

/// <summary>
/// Makes the moves people make in the portal — accept, return, send a package, accept or return it,
/// reopen, unlock — each in one write transaction: where the return stands is read, the move is
/// decided by <see cref="MovePolicy"/>, and the state, the move and (for a package) the districts it
/// lists are written together or not at all, with the e-mail that tells the people it concerns
/// (<see cref="MoveNotices"/>; sent by the service's mail job).
/// </summary>
public sealed class ReturnWorkflow(WarehouseConnectionFactory connections, TimeProvider time, MailSettings mail)
{
    /// <summary>The workflow with the default mail settings: notices written to the outbox, sent by whoever runs the dispatcher.</summary>
    public ReturnWorkflow(WarehouseConnectionFactory connections, TimeProvider time)
        : this(connections, time, new MailSettings())
    {
    }

    /// <summary>Makes <paramref name="move"/> on <paramref name="unitKato"/>'s return (or package) for the quarter, or says why not.</summary>
    public async Task<MoveOutcome> MoveAsync(WorkflowActor actor, string move, string unitKato, Quarter quarter, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var connection = await connections.OpenAsync(cancellationToken: cancellationToken);
        var dimensions = await DimensionSnapshot.LoadAsync(connection, cancellationToken);
        var quarterEnd = DateKeys.Of(quarter.LastDay);
        if (!quarter.InCalendar || !dimensions.IsKnownUnit(unitKato) || dimensions.UnitAt(unitKato, quarterEnd) is not { ReportingTier: not null, RegionKato: not null } unit)
        {
            return MoveOutcome.Refused(MoveRefusal.UnknownUnit);
        }

        await using var transaction = await connections.BeginWriteAsync(connection, cancellationToken);
        var standing = await WorkflowStore.StandingAsync(transaction, unit, quarter);
        var decision = MovePolicy.Decide(actor, move, unit.RegionKato, standing, reason);
        if (!decision.Allowed)
        {
            return MoveOutcome.Refused(decision.Refusal!.Value);
        }

        var now = time.GetUtcNow();
        var written = await WorkflowStore.WriteAsync(transaction, connections.Dialect, unit, quarter, standing,
            new Move(move, decision.To!, standing.SubmissionKey, decision.Reason, actor), now);
        if (written is not { } moveKey)
        {
            await transaction.RollbackAsync(cancellationToken);
            return MoveOutcome.Refused(MoveRefusal.NotInState);
        }

        if (move == WorkflowMoves.PackageSent)
        {
            await ListDistrictsAsync(transaction, dimensions, unit, quarter, moveKey);
            // A region's return counts as sent up from the day its first package went (v_sent_up).
            await TimelinessEvaluator.RefreshUnitAsync(transaction, unit, quarter, now);
        }

        var (kind, told) = Notice(move, unit);
        await MoveNotices.EnqueueAsync(transaction, moveKey,
            new MoveNotice(kind, quarter, unit.KatoCode, unit.NameKk, unit.NameRu, decision.Reason, actor.DisplayName ?? actor.UserName), told, mail, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new MoveOutcome(null, moveKey, decision.From, decision.To);
    }

    // Who is told of a move: the district of what its region did (or the ministry reopened), the
    // ministry of a package waiting for it, the region of what the ministry did with its package.
    private static (string Kind, string? Unit) Notice(string move, UnitVersionRow unit) => move switch
    {
        WorkflowMoves.Accepted => (MailKinds.Accepted, unit.KatoCode),
        WorkflowMoves.Returned => (MailKinds.Returned, unit.KatoCode),
        WorkflowMoves.Reopened => (MailKinds.Reopened, unit.KatoCode),
        WorkflowMoves.PackageSent => (MailKinds.PackageAwaiting, null),
        WorkflowMoves.PackageAccepted => (MailKinds.PackageAccepted, unit.KatoCode),
        WorkflowMoves.PackageReturned => (MailKinds.PackageReturned, unit.KatoCode),
        WorkflowMoves.Unlocked => (MailKinds.Unlocked, unit.KatoCode),
        _ => throw new ArgumentOutOfRangeException(nameof(move), move, "Not a move made in the portal."),
    };

    // The package lists every district the region answers for in the quarter, as each stands now (its sheet's own lines).
    private static async Task ListDistrictsAsync(DbTransaction transaction, DimensionSnapshot dimensions, UnitVersionRow region, Quarter quarter, long moveKey)
    {
        var sheet = await ApprovalSheet.ReadAsync(transaction.Connection!, dimensions, region.KatoCode, quarter, transaction: transaction);
        var listed = sheet!.Districts.Select(line => new { move = moveKey, unit = line.Unit.KatoCode, state = line.Shown, submission = line.Standing.SubmissionKey });
        await transaction.Connection!.ExecuteAsync(WorkflowSql.InsertPackageDistrict, listed, transaction);
    }
}

/// <summary>What became of a move: made (its key, from which state to which) or refused, and why.</summary>
public sealed record MoveOutcome(MoveRefusal? Refusal, long MoveKey, string? From, string? To)
{
    public bool Done => Refusal is null;

    public static MoveOutcome Refused(MoveRefusal refusal) => new(refusal, 0, null, null);
}
