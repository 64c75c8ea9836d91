using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using VolunteerDW.Etl.Service;
using VolunteerDW.Host.Service.Cluster;

namespace VolunteerDW.Host.Service;

/// <summary>
/// A node's start and stop around its scheduler. Before the scheduler starts: creates the folders,
/// records the start, puts the configured schedules into the store the nodes share (fires missed
/// while every node was down are the store's to remember: each such job runs once as the first node
/// starts) and schedules again the fires a node's shutdown stopped. As the node begins to stop, its
/// scheduler takes no new fire, so that what the stop cuts short is left to a node that stays.
/// </summary>
public sealed partial class NodeLifecycle(ISchedulerFactory schedulers, JobHistory history, StoppedFires stopped, ServiceSettings settings, TimeProvider time,
    ILogger<NodeLifecycle> logger) : IHostedLifecycleService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var folder in new[] { settings.Inbox, settings.Archive, settings.Quarantine, settings.Reports, settings.Mail.Outbox })
        {
            Directory.CreateDirectory(folder);
        }

        var schedules = string.Join("; ", settings.Schedules.Select(s => $"{s.Job} {s.Cron ?? JobSchedule.Off}"));
        await history.RecordStartAsync($"started; inbox {settings.Inbox}; {schedules}", cancellationToken);
        LogStarted(JobHistory.Instance, settings.Inbox, schedules);
        LogMail(settings.Mail);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var change in await ScheduleSync.ApplyAsync(scheduler, settings.Schedules, time, cancellationToken))
        {
            LogScheduleChanged(change);
        }

        await stopped.RunAgainAsync(scheduler, cancellationToken);
    }

    /// <summary>Puts the scheduler in standby as soon as the node begins to stop, before the portal and the scheduler stop.</summary>
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if (scheduler.Status == SchedulerStatus.Running)
        {
            await scheduler.Standby(cancellationToken);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "The service has started as node {Node}: inbox {Inbox}; schedules (Kazakhstan time): {Schedules}")]
    private partial void LogStarted(string node, string inbox, string schedules);

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail goes to {Mail}")]
    private partial void LogMail(Etl.Notices.MailSettings mail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shared schedule: {Change}")]
    private partial void LogScheduleChanged(string change);
}
