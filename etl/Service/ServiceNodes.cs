using Dapper;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Etl.Service;

/// <summary>A node of the service: its name (host and process), when it last checked in, whether it is alive, and the jobs it is running.</summary>
public sealed record ServiceNode(string Instance, DateTimeOffset LastCheckin, bool Alive, IReadOnlyList<string> Running);

/// <summary>The nodes of the service as the job store knows them, with what each is running from the job history.</summary>
public static class ServiceNodes
{
    public static async Task<IReadOnlyList<ServiceNode>> ReadAsync(WarehouseConnectionFactory warehouse, ClusterSettings cluster, TimeProvider time,
        IReadOnlyList<JobRun> unfinished, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(time);
        await using var connection = await warehouse.OpenAsync(cancellationToken: cancellationToken);
        var rows = await connection.QueryAsync<NodeRow>(new CommandDefinition(ClusterSql.Nodes, Parameters(cluster, time), cancellationToken: cancellationToken));
        return [.. rows.Select(row => new ServiceNode(
            row.Instance,
            new DateTimeOffset(row.LastCheckinTicks, TimeSpan.Zero),
            row.Alive == 1,
            [.. unfinished.Where(run => run.Instance == row.Instance).Select(run => run.Job)]))];
    }

    /// <summary>The parameters of the alive rule in <see cref="ClusterSql"/>: the scheduler, the grace and now, in ticks.</summary>
    public static object Parameters(ClusterSettings cluster, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(time);
        return new { scheduler = ClusterSettings.SchedulerName, grace_ticks = cluster.FailedAfter.Ticks, now_ticks = time.GetUtcNow().UtcTicks };
    }

    // Properties, not a positional record: the engines hand the numbers back as different integer types.
    private sealed class NodeRow
    {
        public string Instance { get; init; } = string.Empty;

        public long LastCheckinTicks { get; init; }

        public long Alive { get; init; }
    }
}
