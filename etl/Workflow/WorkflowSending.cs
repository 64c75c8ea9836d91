using System.Data.Common;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.Workflow;

/// <summary>
/// What the loader asks of the workflow, within the transaction that stores a return: whether a new
/// version may be loaded now (<see cref="MovePolicy.MaySend"/>), and, once it is, the move that
/// sends it — a district's to its region, a region's own return into its open package.
/// </summary>
public static class WorkflowSending
{
    /// <summary>Why a new version of the unit's return may not be loaded now, or null when it may.</summary>
    public static async Task<MoveRefusal?> RefusalAsync(DbTransaction transaction, UnitVersionRow unit, Quarter quarter) =>
        MovePolicy.MaySend(await WorkflowStore.StandingAsync(transaction, unit, quarter));

    /// <summary>Records that a new version was sent, by <paramref name="sender"/> through the portal or (null) through the inbox.</summary>
    public static async Task RecordAsync(DbTransaction transaction, SqlDialect dialect, UnitVersionRow unit, Quarter quarter, int submissionKey,
        WorkflowActor? sender, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var standing = await WorkflowStore.StandingAsync(transaction, unit, quarter);
        var tier = standing.Tier;
        var written = await WorkflowStore.WriteAsync(transaction, dialect, unit, quarter, standing,
            new Move(Warehouse.Codes.WorkflowMoves.Sent, MovePolicy.Sent(tier), submissionKey, null, sender), receivedAt);
        if (written is null)
        {
            throw new InvalidOperationException($"The return of {unit.KatoCode} for {quarter} moved while it was being stored.");
        }
    }
}
