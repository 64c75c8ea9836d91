using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Etl.Service;

/// <summary>
/// What <c>vdw status</c> and the portal's service page show: the service's nodes and what each is
/// running, each job's last run and next fire, the inbox and quarantine, and the latest runs.
/// </summary>
public sealed record ServiceStatus(
    IReadOnlyList<ServiceNode> Nodes,
    JobRun? LastStart,
    IReadOnlyList<JobStatus> Jobs,
    InboxScan Inbox,
    IReadOnlyList<string> QuarantinedFiles,
    IReadOnlyList<JobRun> Recent)
{
    /// <summary>Whether any node of the service is alive.</summary>
    public bool Running => Nodes.Any(node => node.Alive);

    public int Quarantined => QuarantinedFiles.Count;

    public static async Task<ServiceStatus> ReadAsync(ServiceLayout layout, WarehouseConnectionFactory warehouse, TimeProvider time, int recent,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        var history = new JobHistory(warehouse, time);
        var latest = (await history.LatestRunsAsync(cancellationToken)).ToDictionary(r => r.Job, StringComparer.Ordinal);
        var unfinished = await history.UnfinishedRunsAsync(cancellationToken);
        return new ServiceStatus(
            await ServiceNodes.ReadAsync(warehouse, layout.Cluster, time, unfinished, cancellationToken),
            latest.GetValueOrDefault(JobNames.ServiceStart),
            [.. layout.Schedules.Select(s => new JobStatus(s, s.NextAfter(now), latest.GetValueOrDefault(s.Job)))],
            InboxScan.Of(layout.Inbox, layout.Settle, now),
            QuarantineFolder.Files(layout.Quarantine),
            await history.RecentRunsAsync(recent, cancellationToken));
    }
}

/// <summary>A job's schedule, its next fire and its latest run.</summary>
public sealed record JobStatus(IJobSchedule Schedule, DateTimeOffset? NextFire, JobRun? LastRun);
