using Microsoft.Extensions.Logging;
using Quartz;
using VolunteerDW.Etl.Service;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Host.Service.Cluster;

/// <summary>
/// Runs again the fires a node's shutdown stopped. A node that is stopping cannot hand its fire back
/// itself (its scheduler takes no more work once its shutdown has begun), so every node looks, as it
/// starts and before each job run, for stopped runs whose fire no run has served since. Each is given
/// a one-off trigger for its fire (<see cref="JobFire.RunAgain"/>), which the first free node takes;
/// the trigger's key is the job and the fire, so nodes that look at once add it once. A job turned off
/// is left alone.
/// </summary>
public sealed partial class StoppedFires(JobHistory history, TimeProvider time, ILogger<StoppedFires> logger)
{
    /// <summary>Schedules the stopped fires to run again, and logs each; returns how many it scheduled.</summary>
    public async Task<int> RunAgainAsync(IScheduler scheduler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var scheduled = 0;
        foreach (var stopped in await history.StoppedFiresAsync(cancellationToken))
        {
            var fire = StoredTime.Read(stopped.ScheduledForUtc);
            try
            {
                if (!await scheduler.Exists(new JobKey(stopped.Job), cancellationToken))
                {
                    continue;
                }

                await scheduler.ScheduleJob(JobFire.RunAgain(stopped.Job, fire, time), cancellationToken: cancellationToken);
            }
            catch (ObjectAlreadyExistsException)
            {
                // Already to run again (another node, or this one, looked first), or running now.
                continue;
            }
            catch (SchedulerException) when (scheduler.Status is SchedulerStatus.ShuttingDown or SchedulerStatus.Shutdown)
            {
                // This node began to stop while it looked, and its scheduler takes no more work: a node that stays looks instead.
                break;
            }

            scheduled++;
            LogRunAgain(stopped.Job, JobRunRecorder.Local(fire), stopped.Instance);
        }

        return scheduled;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Job}: the fire of {Fire} (Kazakhstan time), stopped by the shutdown of node {Node}, is to run again")]
    private partial void LogRunAgain(string job, string fire, string node);
}
