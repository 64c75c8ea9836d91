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

    /// <summary>The runs not finished yet: running on a node, or left by one that stopped and not yet closed.</summary>
    public const string UnfinishedRuns =
        $"SELECT {JobRunColumns} FROM etl_job_run WHERE finished_at_utc IS NULL ORDER BY started_at_utc, job_run_key";

    /// <summary>The runs stopped by their node's shutdown whose fire no run has served since, oldest first: the fires to run again.</summary>
    public const string StoppedFires =
        $"""
        SELECT {JobRunColumns}
        FROM etl_job_run stopped
        WHERE stopped.outcome = @stopped
          AND NOT EXISTS (
              SELECT 1 FROM etl_job_run since
              WHERE since.job_name = stopped.job_name AND since.scheduled_for_utc = stopped.scheduled_for_utc AND since.job_run_key > stopped.job_run_key)
        ORDER BY stopped.job_run_key
        """;

    // A run as JobRun holds it. The columns are named rather than taken with *, so that a model of
    // the schema resolves each of them (a * through a derived table it cannot follow).
    private const string JobRunColumns =
        "job_run_key AS JobRunKey, job_name AS Job, scheduled_for_utc AS ScheduledForUtc, started_at_utc AS StartedAtUtc, "
        + "finished_at_utc AS FinishedAtUtc, outcome AS Outcome, catch_up AS CatchUp, instance AS Instance, summary AS Summary";

    private const string JobRunFields = "JobRunKey, Job, ScheduledForUtc, StartedAtUtc, FinishedAtUtc, Outcome, CatchUp, Instance, Summary";
}
