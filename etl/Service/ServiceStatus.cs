using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Etl.Service;

/// <summary>What <c>vdw status</c> and the portal's service page show: whether the service runs, each job's last run and next fire, the inbox and quarantine, and the latest runs.</summary>
public sealed record ServiceStatus(
    bool Running,
    JobRun? LastStart,
    IReadOnlyList<JobStatus> Jobs,
    InboxScan Inbox,
    IReadOnlyList<string> QuarantinedFiles,
    IReadOnlyList<JobRun> Recent)
{
    public int Quarantined => QuarantinedFiles.Count;

    public static async Task<ServiceStatus> ReadAsync(ServiceLayout layout, WarehouseConnectionFactory warehouse, TimeProvider time, int recent,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        var history = new JobHistory(warehouse, time);
        var latest = (await history.LatestRunsAsync(cancellationToken)).ToDictionary(r => r.Job, StringComparer.Ordinal);
        bool running;
        await using (var probe = await WarehouseLock.TryEnterAsync(warehouse, WarehouseLock.Service, TimeSpan.Zero, cancellationToken: cancellationToken))
        {
            running = probe is null;
        }

        return new ServiceStatus(
            running,
            latest.GetValueOrDefault(JobNames.ServiceStart),
            [.. layout.Schedules.Select(s => new JobStatus(s, s.NextAfter(now), latest.GetValueOrDefault(s.Job)))],
            InboxScan.Of(layout.Inbox, layout.Settle, now),
            QuarantineFolder.Files(layout.Quarantine),
            await history.RecentRunsAsync(recent, cancellationToken));
    }
}

/// <summary>A job's schedule, its next fire and its latest run.</summary>
public sealed record JobStatus(IJobSchedule Schedule, DateTimeOffset? NextFire, JobRun? LastRun);
