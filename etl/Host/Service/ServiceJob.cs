using Quartz;
using VolunteerDW.Etl.Notices;
using VolunteerDW.Etl.Service;
using VolunteerDW.Host.Service.Inbox;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Host.Service;

/// <summary>
/// Every job of the service, told apart by its name; the work is done by the inbox processor, the
/// scheduled reports, the mail dispatcher and the reminders. A job runs on one node of the cluster at
/// a time: the next fire of a job still running waits for it, wherever it runs.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ServiceJob(InboxProcessor inbox, ScheduledReports reports, MailDispatcher mail, DeadlineReminders reminders) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fired = KazakhstanTime.DateOf(JobFire.Of(context).ScheduledFor);
        var job = context.JobDetail.Key.Name;
        context.Result = job switch
        {
            // A shutdown stops a load between submissions; what is left stays in the inbox for the node that runs the fire again.
            JobNames.Inbox => await inbox.ProcessAsync(cancellationToken),
            JobNames.Tier1Deadline => await reports.DistrictDeadlineAsync(fired, cancellationToken),
            JobNames.Tier2Deadline => await reports.RegionDeadlineAsync(fired, cancellationToken),
            JobNames.SemiAnnualDraft or JobNames.SemiAnnualFinal => await reports.SemiAnnualAsync(job, fired, cancellationToken),
            JobNames.Mail => MailOutcome(await mail.SendPendingAsync(cancellationToken)),
            // The day of the fire, not of the run: a reminder caught up after an outage is the one of the day it was due.
            JobNames.Reminders => RemindersOutcome(fired, await reminders.RunAsync(fired, cancellationToken)),
            _ => throw new InvalidOperationException($"There is no job '{job}'."),
        };
    }

    private static JobOutcome MailOutcome(DispatchResult result) => result switch
    {
        { Sent: 0, Failed: 0 } => new JobOutcome(RunOutcomes.Idle, "no mail to send"),
        { Failed: 0 } => JobOutcome.Done($"{result.Sent} message(s) sent"),
        _ => JobOutcome.Done($"{result.Sent} message(s) sent, {result.Failed} failed (tried again at the next run)"),
    };

    private static JobOutcome RemindersOutcome(DateOnly day, ReminderRun run) => run.Planned == 0
        ? JobOutcome.Done($"{day:yyyy-MM-dd}: no deadline to remind of")
        : JobOutcome.Done($"{day:yyyy-MM-dd}: {run.Planned} reminder(s) or late list(s), {run.Written} new message(s) in the outbox");
}
