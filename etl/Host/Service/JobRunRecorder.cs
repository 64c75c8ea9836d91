using VolunteerDW.Warehouse.Codes;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using VolunteerDW.Etl.Service;
using VolunteerDW.Host.Service.Cluster;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Host.Service;

/// <summary>
/// Wraps every job run: first closes the runs of nodes that have died and schedules again the fires
/// stopped by a node's shutdown, then records the run in the job history before it starts and with
/// its outcome when it ends, and logs both. A job that throws is recorded as failed with the error;
/// the service carries on and the job runs again at its next fire. A job is told to stop as soon as
/// its node begins to stop, and stops at its next safe point; it is recorded as stopped with what it
/// did, and its fire runs again (<see cref="StoppedFires"/>).
/// </summary>
public sealed partial class JobRunRecorder(JobHistory history, StoppedFires stopped, ClusterSettings cluster, IHostApplicationLifetime lifetime,
    ILogger<JobRunRecorder> logger) : IJobExecutionMiddleware
{
    private static readonly Func<ILogger, string, string, IDisposable?> RunScope = LoggerMessage.DefineScope<string, string>("{Job} for the fire of {Fire}");

    public async ValueTask Invoke(IJobExecutionContext context, JobExecutionDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var job = context.JobDetail.Key.Name;
        var fire = JobFire.Of(context);
        var local = Local(fire.ScheduledFor);
        using var scope = RunScope(logger, job, local);
        var interrupted = await history.CloseInterruptedAsync(cluster, cancellationToken);
        if (interrupted > 0)
        {
            LogInterrupted(interrupted);
        }

        await stopped.RunAgainAsync(context.Scheduler, cancellationToken);

        var run = await history.StartAsync(job, fire.ScheduledFor, fire.CatchUp, cancellationToken);
        if (fire.Recovering)
        {
            LogRecovering(job, local);
        }
        else if (fire.CatchUp)
        {
            LogCatchingUp(job, local);
        }
        else
        {
            LogStarted(job, local);
        }

        var clock = Stopwatch.StartNew();
        JobOutcome outcome;
        // Not only when the scheduler's own shutdown asks, which comes after the portal has stopped:
        // the next submission or report is not begun once the operator has asked the node to go.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        try
        {
            await next(context, stopping.Token);
            outcome = context.Result as JobOutcome ?? JobOutcome.Done("done");
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            outcome = new JobOutcome(RunOutcomes.Stopped, "stopped by the shutdown of its node before it finished");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            outcome = new JobOutcome(RunOutcomes.Failed, exception.Message);
            LogFailed(exception, job, exception.Message);
        }

        // Recorded even when the service is stopping: the history must show how the run ended.
        await history.FinishAsync(run, outcome, CancellationToken.None);
        if (outcome.Outcome == RunOutcomes.Idle)
        {
            LogIdle(job, outcome.Summary);
        }
        else
        {
            LogFinished(job, outcome.Outcome, clock.Elapsed.TotalSeconds, outcome.Summary);
        }
    }

    /// <summary>A fire as the log shows it: Kazakhstan time, to the minute (or second, for schedules that fire every few seconds).</summary>
    public static string Local(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, KazakhstanTime.Zone);
        return local.ToString(local.Second == 0 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Job}: started for the fire of {Fire} (Kazakhstan time)")]
    private partial void LogStarted(string job, string fire);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Job}: running the fire of {Fire} (Kazakhstan time) late, missed while the service was down or held up")]
    private partial void LogCatchingUp(string job, string fire);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Job}: running again the fire of {Fire} (Kazakhstan time), which a node that stopped left unfinished")]
    private partial void LogRecovering(string job, string fire);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} run(s) left unfinished by a node that is no longer running are recorded as interrupted")]
    private partial void LogInterrupted(int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Job}: {Summary}")]
    private partial void LogIdle(string job, string summary);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Job}: {Outcome} in {Seconds:0.0} s: {Summary}")]
    private partial void LogFinished(string job, string outcome, double seconds, string summary);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Job} failed: {Error}")]
    private partial void LogFailed(Exception exception, string job, string error);
}
