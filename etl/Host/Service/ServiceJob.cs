using Microsoft.Extensions.Hosting;
using Quartz;
using VolunteerDW.Etl.Service;
using VolunteerDW.Host.Service.Inbox;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Host.Service;

/// <summary>Every job of the service, told apart by its name; the work is done by the inbox processor and the scheduled reports.</summary>
public sealed class ServiceJob(InboxProcessor inbox, ScheduledReports reports, IHostApplicationLifetime lifetime) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fired = KazakhstanTime.DateOf(JobFire.Of(context).ScheduledFor);
        var job = context.JobDetail.Key.Name;
        context.Result = job switch
        {
            // A shutdown stops a load between submissions; what is left stays in the inbox for the next start.
            JobNames.Inbox => await InboxAsync(cancellationToken),
            JobNames.Tier1Deadline => await reports.DistrictDeadlineAsync(fired, cancellationToken),
            JobNames.Tier2Deadline => await reports.RegionDeadlineAsync(fired, cancellationToken),
            JobNames.SemiAnnualDraft or JobNames.SemiAnnualFinal => await reports.SemiAnnualAsync(job, fired, cancellationToken),
            _ => throw new InvalidOperationException($"There is no job '{job}'."),
        };
    }

    private async Task<JobOutcome> InboxAsync(CancellationToken cancellationToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        return await inbox.ProcessAsync(stopping.Token);
    }
}
