namespace VolunteerDW.Warehouse.Codes;

/// <summary>
/// How a run ended: a load or a check (<c>etl_run.outcome</c>) or a job of the scheduled service
/// (<c>etl_job_run.outcome</c>); the CHECK constraints of <c>0011_run_outcomes.sql</c> allow
/// exactly <see cref="OfRuns"/> and <see cref="OfJobs"/>.
/// </summary>
public static class RunOutcomes
{
    public const string Succeeded = "succeeded", Failed = "failed";

    /// <summary>A load that rejected some files and loaded the rest.</summary>
    public const string Partial = "partial";

    /// <summary>A job that found nothing to do (an empty inbox).</summary>
    public const string Idle = "idle";

    /// <summary>A job that could not run then and tries at its next fire (another load held the warehouse).</summary>
    public const string Skipped = "skipped";

    /// <summary>Asked to stop, the run ended between two submissions and kept what it had finished; it counts as not done.</summary>
    public const string Stopped = "stopped";

    /// <summary>The process died before the run ended; the next run that can tell records it, and it counts as not done.</summary>
    public const string Interrupted = "interrupted";

    public static IReadOnlyList<string> OfRuns { get; } = [Succeeded, Failed, Partial, Stopped, Interrupted];

    public static IReadOnlyList<string> OfJobs { get; } = [Succeeded, Failed, Idle, Skipped, Stopped, Interrupted];
}
