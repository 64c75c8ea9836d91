using VolunteerDW.Host.Service.Inbox;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Host.Service;

/// <summary>What <c>vdw status</c> shows: whether the service runs, each job's last run and next fire, the inbox and quarantine, and the latest runs.</summary>
public sealed record ServiceStatus(
    bool Running,
    JobRun? LastStart,
    IReadOnlyList<JobStatus> Jobs,
    InboxScan Inbox,
    int Quarantined,
    IReadOnlyList<JobRun> Recent)
{
    public static async Task<ServiceStatus> ReadAsync(ServiceSettings settings, WarehouseConnectionFactory warehouse, TimeProvider time, int recent,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        var history = new JobHistory(warehouse, time);
        var latest = (await history.LatestRunsAsync(cancellationToken)).ToDictionary(r => r.Job, StringComparer.Ordinal);
        bool running;
        await using (var probe = await WarehouseLock.TryEnterAsync(warehouse, WarehouseLock.Service, TimeSpan.Zero, cancellationToken: cancellationToken))
        {
            running = probe is null;
        }

        var quarantined = Directory.Exists(settings.Quarantine)
            ? Directory.EnumerateFiles(settings.Quarantine).Count(f => !f.EndsWith(ErrorReport.Suffix, StringComparison.Ordinal))
            : 0;
        return new ServiceStatus(
            running,
            latest.GetValueOrDefault(JobNames.ServiceStart),
            [.. settings.Schedules.Select(s => new JobStatus(s, s.NextAfter(now), latest.GetValueOrDefault(s.Job)))],
            InboxScan.Of(settings.Inbox, settings.Settle, now),
            quarantined,
            await history.RecentRunsAsync(recent, cancellationToken));
    }
}

/// <summary>A job's schedule, its next fire and its latest run.</summary>
public sealed record JobStatus(JobSchedule Schedule, DateTimeOffset? NextFire, JobRun? LastRun);
