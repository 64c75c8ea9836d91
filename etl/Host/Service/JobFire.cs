using System.Globalization;
using Quartz;

namespace VolunteerDW.Host.Service;

/// <summary>
/// Which fire of its schedule a job run serves, and whether it runs late: a fire missed while every
/// node was down (run once, as the first node starts), one held up past the misfire threshold, or
/// one run again after the node running it stopped. The store gives each the fire it stands for.
/// </summary>
public readonly record struct JobFire(DateTimeOffset ScheduledFor, bool CatchUp, bool Recovering)
{
    public static JobFire Of(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scheduled = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        // A recovery is scheduled for the moment the cut-off run began, not for the fire it served:
        // that fire is in the recovery's data, as the store wrote it.
        if (context.Recovering
            && context.MergedJobDataMap.TryGetString(SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime, out var original)
            && DateTimeOffset.TryParse(original, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var fire))
        {
            scheduled = fire;
        }

        return new(scheduled, context.Recovering || context.FireTimeUtc - scheduled > Cluster.SchedulerStore.MisfireThreshold, context.Recovering);
    }
}
