using System.Globalization;
using Quartz;

namespace VolunteerDW.Host.Service;

/// <summary>
/// Which fire of its schedule a job run serves, and whether it runs late: a fire missed while every
/// node was down (run once, as the first node starts), one held up past the misfire threshold, or
/// one run again after the node running it died or was stopped. The store gives each the fire it
/// stands for.
/// </summary>
public readonly record struct JobFire(DateTimeOffset ScheduledFor, bool CatchUp, bool Recovering)
{
    /// <summary>The group of the one-off triggers that run a stopped fire again (<see cref="RunAgain"/>), each named by its job and fire.</summary>
    public const string AgainGroup = "again";

    // Where a trigger that runs a fire again keeps the fire it serves.
    private const string AgainFire = "vdw.fire";

    public static JobFire Of(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // A fire run again after a shutdown carries the fire it serves in its trigger's data (and so
        // does the recovery of such a run). A recovery is scheduled for the moment the cut-off run
        // began, not for the fire it served: that fire is in the recovery's data, as the store wrote it.
        var again = Original(context, AgainFire);
        var original = again ?? (context.Recovering ? Original(context, SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime) : null);
        var recovering = context.Recovering || again is not null;
        var scheduled = original ?? context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        return new(scheduled, recovering || context.FireTimeUtc - scheduled > Cluster.SchedulerStore.MisfireThreshold, recovering);
    }

    /// <summary>
    /// A one-off trigger that runs a job's fire again, at once or, with every node down, as soon as
    /// one starts. Its key is the job and the fire, so the same fire is never scheduled twice at once.
    /// </summary>
    public static ITrigger RunAgain(string job, DateTimeOffset fire, TimeProvider time) =>
        TriggerBuilder.Create(time)
            .WithIdentity(new TriggerKey($"{job} {fire.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}", AgainGroup))
            .ForJob(new JobKey(job))
            .UsingJobData(AgainFire, fire.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture))
            .StartNow()
            .WithSimpleSchedule(once => once.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

    private static DateTimeOffset? Original(IJobExecutionContext context, string key) =>
        context.MergedJobDataMap.TryGetString(key, out var text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var fire) ? fire : null;
}
