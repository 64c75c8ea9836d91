using Dapper;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Etl.Service;

/// <summary>
/// The service's job history in <c>etl_job_run</c>: a run is written when it starts, so one killed
/// half-way shows unfinished, and completed with its outcome and what it did.
/// </summary>
public sealed class JobHistory(WarehouseConnectionFactory warehouse, TimeProvider time)
{
    public const int SummaryLength = 2000;

    /// <summary>Names this process in the history: the host and the process id.</summary>
    public static string Instance { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    public async Task<int> StartAsync(string job, DateTimeOffset scheduledFor, bool catchUp, CancellationToken cancellationToken = default)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken: cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition($"{ServiceSql.StartRun};\n{warehouse.Dialect.LastInsertedKey}",
            new { job, scheduled_for = StoredTime.Of(scheduledFor), started_at = Now(), catch_up = catchUp, instance = Instance }, cancellationToken: cancellationToken));
    }

    public async Task FinishAsync(int key, JobOutcome outcome, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        await using var connection = await warehouse.OpenAsync(cancellationToken: cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(ServiceSql.FinishRun,
            new { key, finished_at = Now(), outcome = outcome.Outcome, summary = Truncate(outcome.Summary) }, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Closes as interrupted the runs a service that died left open; called as the service starts,
    /// when no other service can be running on this warehouse. Returns how many it closed.
    /// </summary>
    public async Task<int> CloseInterruptedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken: cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(ServiceSql.CloseInterruptedRuns,
            new { finished_at = Now(), outcome = RunOutcomes.Interrupted, summary = "the service ended before this run did; recorded when it started again" }, cancellationToken: cancellationToken));
    }

    /// <summary>Records that the service has started, with what it is watching.</summary>
    public async Task RecordStartAsync(string summary, CancellationToken cancellationToken = default)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken: cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(ServiceSql.RecordStart,
            new { job = JobNames.ServiceStart, started_at = Now(), outcome = RunOutcomes.Succeeded, instance = Instance, summary = Truncate(summary) }, cancellationToken: cancellationToken));
    }

    /// <summary>The latest fire of a job that a run finished serving, if any.</summary>
    public Task<DateTimeOffset?> LastFinishedFireAsync(string job, CancellationToken cancellationToken = default) =>
        InstantAsync(ServiceSql.LastFinishedFire, job, cancellationToken);

    /// <summary>When the service last started before now, if ever.</summary>
    public Task<DateTimeOffset?> LastServiceStartAsync(CancellationToken cancellationToken = default) =>
        InstantAsync(ServiceSql.LastStart, JobNames.ServiceStart, cancellationToken);

    /// <summary>Each job's latest run (and the service's latest start).</summary>
    public async Task<IReadOnlyList<JobRun>> LatestRunsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken: cancellationToken);
        return [.. await connection.QueryAsync<JobRun>(new CommandDefinition(ServiceSql.LatestRuns, cancellationToken: cancellationToken))];
    }

    /// <summary>The latest runs that did something, newest first.</summary>
    public async Task<IReadOnlyList<JobRun>> RecentRunsAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken: cancellationToken);
        return [.. await connection.QueryAsync<JobRun>(new CommandDefinition(ServiceSql.RecentRuns, new { count, idle = RunOutcomes.Idle }, cancellationToken: cancellationToken))];
    }

    private async Task<DateTimeOffset?> InstantAsync(string sql, string job, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken: cancellationToken);
        var value = await connection.ExecuteScalarAsync<DateTime?>(new CommandDefinition(sql,
            new { job, stopped = RunOutcomes.Stopped, interrupted = RunOutcomes.Interrupted }, cancellationToken: cancellationToken));
        return value is { } utc ? new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)) : null;
    }

    private DateTime Now() => StoredTime.Now(time);

    private static string Truncate(string text) => text.Length > SummaryLength ? text[..(SummaryLength - 1)] + "…" : text;
}

/// <summary>How a job run ended (one of <see cref="RunOutcomes.OfJobs"/>) and what it did, in a line.</summary>
public sealed record JobOutcome(string Outcome, string Summary)
{
    public static JobOutcome Done(string summary) => new(RunOutcomes.Succeeded, summary);
}

/// <summary>A row of the job history.</summary>
public sealed record JobRun
{
    public int JobRunKey { get; init; }

    public string Job { get; init; } = string.Empty;

    public DateTime ScheduledForUtc { get; init; }

    public DateTime StartedAtUtc { get; init; }

    public DateTime? FinishedAtUtc { get; init; }

    public string? Outcome { get; init; }

    public bool CatchUp { get; init; }

    public string Instance { get; init; } = string.Empty;

    public string? Summary { get; init; }
}
