using Quartz;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Host.Service.Cluster;

/// <summary>
/// Puts the configured schedules into the shared store as a node starts. A job's trigger that is
/// already there with the same schedule is left alone — it keeps the fires it has missed while every
/// node was down, which Quartz then runs once — a changed one is replaced, and a job turned off is
/// taken out. Nodes starting together race harmlessly: the store keeps one trigger per job.
/// </summary>
public static class ScheduleSync
{
    /// <summary>What a start changed in the shared schedule, a line per job, for the log.</summary>
    public static async Task<IReadOnlyList<string>> ApplyAsync(IScheduler scheduler, IEnumerable<JobSchedule> schedules, TimeProvider time,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(schedules);
        var changes = new List<string>();
        foreach (var schedule in schedules)
        {
            var key = new TriggerKey(schedule.Job);
            var existing = await scheduler.GetTrigger(key, cancellationToken) as ICronTrigger;
            if (!schedule.Enabled)
            {
                if (await scheduler.DeleteJob(new JobKey(schedule.Job), cancellationToken))
                {
                    changes.Add($"{schedule.Job}: turned off");
                }
            }
            else if (existing is null || existing.CronExpressionString != schedule.Cron || existing.TimeZone.Id != KazakhstanTime.Zone.Id)
            {
                var job = JobBuilder.Create<ServiceJob>().WithIdentity(schedule.Job).StoreDurably().RequestRecovery().Build();
                var trigger = TriggerBuilder.Create(time)
                    .WithIdentity(key)
                    .ForJob(job)
                    .WithCronSchedule(schedule.Cron!, cron => cron.InTimeZone(KazakhstanTime.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                    .Build();
                await scheduler.ScheduleJob(job, new List<ITrigger> { trigger }, ScheduleJobOptions.Replacing, cancellationToken);
                changes.Add(existing is null ? $"{schedule.Job}: scheduled {schedule.Cron}" : $"{schedule.Job}: {existing.CronExpressionString} changed to {schedule.Cron}");
            }
        }

        return changes;
    }
}
