using System.Data.Common;
using Dapper;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.Workflow;

/// <summary>One tier's answers in a quarter: returns accepted and sent back, and the days an acceptance took (mean, longest).</summary>
public sealed record AcceptanceTime
{
    public int Tier { get; init; }

    public int Accepted { get; init; }

    public int Returned { get; init; }

    public double? MeanDays { get; init; }

    public int? MaxDays { get; init; }
}

/// <summary>
/// How long acceptance takes at each tier (district ▶ region, region ▶ ministry), from the moves'
/// record (<c>v_return_moves</c>): what the dashboard shows beside who has reported. Read on each
/// request, since a move changes it without changing the reports' data.
/// </summary>
public static class AcceptanceTimes
{
    /// <summary>Tier 1 and tier 2, in that order, for the quarter and the region (null: the whole country); a tier with no answer yet has zeros.</summary>
    public static async Task<IReadOnlyList<AcceptanceTime>> ReadAsync(DbConnection connection, Quarter quarter, string? regionKato, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var rows = (await connection.QueryAsync<AcceptanceTime>(
                new CommandDefinition(WorkflowSql.AcceptanceTimes, new { quarter = quarter.Key, region = regionKato }, cancellationToken: cancellationToken)))
            .ToDictionary(r => r.Tier);
        return [.. Enumerable.Range(1, 2).Select(tier => rows.GetValueOrDefault(tier) ?? new AcceptanceTime { Tier = tier })];
    }
}
