namespace VolunteerDW.Etl.Service;

/// <summary>
/// Every statement the service runs on its job history, parameterised and written once for both
/// engines (the tests parse each as T-SQL and allow only functions both engines have).
/// </summary>
public static class ServiceSql
{
    public const string StartRun =
        """
        INSERT INTO etl_job_run (job_name, scheduled_for_utc, started_at_utc, catch_up, instance)
        VALUES (@job, @scheduled_for, @started_at, @catch_up, @instance)
        """;

    public const string FinishRun =
        "UPDATE etl_job_run SET finished_at_utc = @finished_at, outcome = @outcome, summary = @summary WHERE job_run_key = @key";

    public const string RecordStart =
        """
        INSERT INTO etl_job_run (job_name, scheduled_for_utc, started_at_utc, finished_at_utc, outcome, catch_up, instance, summary)
        VALUES (@job, @started_at, @started_at, @started_at, @outcome, 0, @instance, @summary)
        """;

    /// <summary>The latest fire a job has finished serving: a run killed half-way or stopped before its end does not count.</summary>
    public const string LastFinishedFire =
        """
        SELECT MAX(scheduled_for_utc) FROM etl_job_run
        WHERE job_name = @job AND finished_at_utc IS NOT NULL AND outcome NOT IN (@stopped, @interrupted)
        """;

    /// <summary>Runs left open by a service that died: the finish is when the next start noticed.</summary>
    public const string CloseInterruptedRuns =
        "UPDATE etl_job_run SET finished_at_utc = @finished_at, outcome = @outcome, summary = @summary WHERE finished_at_utc IS NULL";

    public const string LastStart =
        "SELECT MAX(started_at_utc) FROM etl_job_run WHERE job_name = @job";

    /// <summary>Each job's latest run, and its latest run that did something.</summary>
    public const string LatestRuns =
        $"""
        SELECT {JobRunFields}
        FROM (
            SELECT {JobRunColumns}, ROW_NUMBER() OVER (PARTITION BY job_name ORDER BY started_at_utc DESC, job_run_key DESC) AS recency
            FROM etl_job_run
        ) latest
        WHERE recency = 1
        """;

    /// <summary>The latest runs that did something: idle inbox scans are left out.</summary>
    public const string RecentRuns =
        $"""
        SELECT {JobRunFields}
        FROM (
            SELECT {JobRunColumns}, ROW_NUMBER() OVER (ORDER BY started_at_utc DESC, job_run_key DESC) AS recency
            FROM etl_job_run
            WHERE outcome IS NULL OR outcome <> @idle
        ) recent
        WHERE recency <= @count
        ORDER BY recency
        """;

    // A run as JobRun holds it. The columns are named rather than taken with *, so that a model of
    // the schema resolves each of them (a * through a derived table it cannot follow).
    private const string JobRunColumns =
        "job_run_key AS JobRunKey, job_name AS Job, scheduled_for_utc AS ScheduledForUtc, started_at_utc AS StartedAtUtc, "
        + "finished_at_utc AS FinishedAtUtc, outcome AS Outcome, catch_up AS CatchUp, instance AS Instance, summary AS Summary";

    private const string JobRunFields = "JobRunKey, Job, ScheduledForUtc, StartedAtUtc, FinishedAtUtc, Outcome, CatchUp, Instance, Summary";
}
