using System.Data.Common;
using Dapper;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.Workflow;

/// <summary>
/// Reads where a return stands and writes a move within the caller's transaction: the state moved
/// on (only from where it was read) and the move on the record, with how long its answer took.
/// </summary>
public static class WorkflowStore
{
    /// <summary>Where <paramref name="unit"/>'s return stands for the quarter.</summary>
    public static async Task<ReturnStanding> StandingAsync(DbTransaction transaction, UnitVersionRow unit, Quarter quarter)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(unit);
        var row = await transaction.Connection!.QuerySingleAsync<(string? State, string? PackageState, long? SubmissionKey)>(WorkflowSql.Standing,
            new { unit = unit.KatoCode, region = unit.RegionKato, quarter = quarter.Key }, transaction);
        return new ReturnStanding(unit.ReportingTier ?? 0, row.State, row.PackageState, (int?)row.SubmissionKey);
    }

    /// <summary>
    /// Writes a move: the return's state from where <paramref name="standing"/> found it to the move's,
    /// and the move itself; its key. Null when the state changed since it was read: the caller rolls back.
    /// </summary>
    public static async Task<long?> WriteAsync(DbTransaction transaction, SqlDialect dialect, UnitVersionRow unit, Quarter quarter, ReturnStanding standing,
        Move move, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(standing);
        ArgumentNullException.ThrowIfNull(move);
        var connection = transaction.Connection!;
        var today = KazakhstanTime.DateOf(now);
        var at = StoredTime.Of(now);
        var moveKey = await connection.ExecuteScalarAsync<long>($"{WorkflowSql.InsertMove};\n{dialect.LastInsertedKey}", new
        {
            unit = unit.KatoCode,
            region_sk = unit.RegionSk,
            quarter = quarter.Key,
            tier = standing.Tier,
            submission = move.SubmissionKey,
            move = move.Code,
            from = standing.State,
            to = move.To,
            reason = move.Reason,
            actor = move.Actor?.UserName,
            role = move.Actor?.Role,
            at,
            day = DateKeys.Of(today),
            waiting = await DaysWaitingAsync(transaction, unit, quarter, move.Code, today),
        }, transaction);

        var state = new { unit = unit.KatoCode, quarter = quarter.Key, tier = standing.Tier, from = standing.State, to = move.To, submission = move.SubmissionKey, move = moveKey, at };
        var moved = standing.State is null
            ? await connection.ExecuteAsync(WorkflowSql.Start, state, transaction)
            : await connection.ExecuteAsync(WorkflowSql.Advance, state, transaction);
        return moved == 1 ? moveKey : null;
    }

    // An answer's wait: whole days in Kazakhstan since what it answers was last sent.
    private static async Task<int?> DaysWaitingAsync(DbTransaction transaction, UnitVersionRow unit, Quarter quarter, string move, DateOnly today)
    {
        var answered = move switch
        {
            WorkflowMoves.Accepted or WorkflowMoves.Returned => WorkflowMoves.Sent,
            WorkflowMoves.PackageAccepted or WorkflowMoves.PackageReturned => WorkflowMoves.PackageSent,
            _ => null,
        };
        if (answered is null)
        {
            return null;
        }

        var sent = await transaction.Connection!.ExecuteScalarAsync<int?>(WorkflowSql.LastSentDay, new { unit = unit.KatoCode, quarter = quarter.Key, move = answered }, transaction);
        return sent is { } day ? Math.Max(0, today.DayNumber - DateKeys.ToDate(day).DayNumber) : null;
    }
}

/// <summary>A move to write: what, to which state, on which version, why and by whom (null: a file from the inbox).</summary>
public sealed record Move(string Code, string To, int? SubmissionKey, string? Reason, WorkflowActor? Actor);
