using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using VolunteerDW.Etl.Service;
using VolunteerDW.Host.Service.Cluster;

namespace VolunteerDW.Host.Service;

/// <summary>
/// Starts a node's work before its scheduler starts: creates the folders, records the start, and
/// puts the configured schedules into the store the nodes share. Fires missed while every node was
/// down are the store's to remember: each such job runs once as the first node starts.
/// </summary>
public sealed partial class ServiceStartup(ISchedulerFactory schedulers, JobHistory history, ServiceSettings settings, TimeProvider time,
    ILogger<ServiceStartup> logger) : IHostedService
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
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "The service has started as node {Node}: inbox {Inbox}; schedules (Kazakhstan time): {Schedules}")]
    private partial void LogStarted(string node, string inbox, string schedules);

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail goes to {Mail}")]
    private partial void LogMail(Etl.Notices.MailSettings mail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shared schedule: {Change}")]
    private partial void LogScheduleChanged(string change);
}
