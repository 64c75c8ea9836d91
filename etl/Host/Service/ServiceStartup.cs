using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using VolunteerDW.Etl.Service;

namespace VolunteerDW.Host.Service;

/// <summary>
/// Starts the service's work: creates its folders, closes as interrupted the runs a service that
/// died left open, records the start, and runs once each job whose schedule fired while the
/// service was down. A job is
/// covered up to the latest fire a run of it finished (a run killed or stopped half-way does not count);
/// a job that never ran is covered up to the previous start of the service. The inbox runs first,
/// so reports caught up include the files that arrived meanwhile.
/// </summary>
public sealed partial class ServiceStartup(ISchedulerFactory schedulers, JobHistory history, ServiceSettings settings, TimeProvider time,
    ILogger<ServiceStartup> logger) : IHostedService
{
    /// <summary>An outage is looked back over for at most this long.</summary>
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(366);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var folder in new[] { settings.Inbox, settings.Archive, settings.Quarantine, settings.Reports, settings.Mail.Outbox })
        {
            Directory.CreateDirectory(folder);
        }

        var interrupted = await history.CloseInterruptedAsync(cancellationToken);
        if (interrupted > 0)
        {
            LogInterrupted(interrupted);
        }

        var now = time.GetUtcNow();
        var missed = await MissedAsync(now, cancellationToken);
        var schedules = string.Join("; ", settings.Schedules.Select(s => $"{s.Job} {s.Cron ?? JobSchedule.Off}"));
        await history.RecordStartAsync($"started; inbox {settings.Inbox}; {schedules}", cancellationToken);
        LogStarted(settings.Inbox, schedules);
        LogMail(settings.Mail);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var priority = 10 + missed.Count;
        foreach (var (job, count, fire) in missed.OrderBy(m => m.Job == JobNames.Inbox ? 0 : 1).ThenBy(m => m.Fire))
        {
            LogMissed(job, count, JobRunRecorder.Local(fire));
            var trigger = TriggerBuilder.Create(time)
                .WithIdentity($"{job}-catch-up")
                .ForJob(job)
                .StartAt(now)
                .WithPriority(priority--)
                .UsingJobData(JobFire.Missed(fire))
                .Build();
            await scheduler.ScheduleJob(trigger, cancellationToken: cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Each job with fires it missed since it was last covered: how many, and the last.</summary>
    public async Task<IReadOnlyList<(string Job, int Count, DateTimeOffset Fire)>> MissedAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var previousStart = await history.LastServiceStartAsync(cancellationToken);
        var missed = new List<(string, int, DateTimeOffset)>();
        foreach (var schedule in settings.Schedules.Where(s => s.Enabled))
        {
            var coveredTo = await history.LastFinishedFireAsync(schedule.Job, cancellationToken) ?? previousStart;
            if (coveredTo is not { } since)
            {
                continue;
            }

            var (count, last) = schedule.FiresBetween(since > now - LookBack ? since : now - LookBack, now);
            if (last is { } fire)
            {
                missed.Add((schedule.Job, count, fire));
            }
        }

        return missed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} run(s) left unfinished when the service last ended are recorded as interrupted; their fires run again")]
    private partial void LogInterrupted(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "The service has started: inbox {Inbox}; schedules (Kazakhstan time): {Schedules}")]
    private partial void LogStarted(string inbox, string schedules);

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail goes to {Mail}")]
    private partial void LogMail(Etl.Notices.MailSettings mail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Job}: {Count} fire(s) missed while the service was down, the last at {Fire} (Kazakhstan time); running it once now")]
    private partial void LogMissed(string job, int count, string fire);
}
