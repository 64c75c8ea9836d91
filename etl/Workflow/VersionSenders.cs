using System.Data.Common;
using Dapper;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.Workflow;

/// <summary>Who sent one version of a return (null: it came through the inbox or the command line), and when it was received.</summary>
public sealed record VersionSender
{
    public int Version { get; init; }

    public string? Actor { get; init; }

    public string? ActorName { get; init; }

    public DateTime ReceivedAtUtc { get; init; }
}

/// <summary>The senders of every version of one unit's return for a quarter, from the workflow's record of each sending.</summary>
public static class VersionSenders
{
    public static async Task<IReadOnlyDictionary<int, VersionSender>> ReadAsync(DbConnection connection, string unitKato, Quarter quarter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var rows = await connection.QueryAsync<VersionSender>(new CommandDefinition(WorkflowSql.VersionSenders, new { unit = unitKato, quarter = quarter.Key }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.Version);
    }
}
