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
    /// Closes as interrupted the runs left open by nodes that are no longer alive (see
    /// <see cref="ClusterSql.CloseRunsOfStoppedNodes"/>); every node asks before each run. Returns how many it closed.
    /// </summary>
    public async Task<int> CloseInterruptedAsync(ClusterSettings cluster, CancellationToken cancellationToken = default)
    {
        var parameters = new DynamicParameters(ServiceNodes.Parameters(cluster, time));
        parameters.AddDynamicParams(new { finished_at = Now(), outcome = RunOutcomes.Interrupted, summary = "its node stopped before this run ended; the fire is run again by a node that is alive" });
        await using var connection = await warehouse.OpenAsync(cancellationToken: cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(ClusterSql.CloseRunsOfStoppedNodes, parameters, cancellationToken: cancellationToken));
    }

    /// <summary>The fires to run again: the runs stopped by their node's shutdown whose fire no run has served since, oldest first.</summary>
    public async Task<IReadOnlyList<JobRun>> StoppedFiresAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken: cancellationToken);
        return [.. await connection.QueryAsync<JobRun>(new CommandDefinition(ServiceSql.StoppedFires, new { stopped = RunOutcomes.Stopped }, cancellationToken: cancellationToken))];
    }

    /// <summary>Records that the service has started, with what it is watching.</summary>
    public async Task RecordStartAsync(string summary, CancellationToken cancellationToken = default)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken: cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(ServiceSql.RecordStart,
            new { job = JobNames.ServiceStart, started_at = Now(), outcome = RunOutcomes.Succeeded, instance = Instance, summary = Truncate(summary) }, cancellationToken: cancellationToken));
    }

    /// <summary>Each job's latest run (and the service's latest start).</summary>
    public async Task<IReadOnlyList<JobRun>> LatestRunsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken: cancellationToken);
        return [.. await connection.QueryAsync<JobRun>(new CommandDefinition(ServiceSql.LatestRuns, cancellationToken: cancellationToken))];
    }

    /// <summary>The runs not finished yet, oldest first.</summary>
    public async Task<IReadOnlyList<JobRun>> UnfinishedRunsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken: cancellationToken);
        return [.. await connection.QueryAsync<JobRun>(new CommandDefinition(ServiceSql.UnfinishedRuns, cancellationToken: cancellationToken))];
    }

    /// <summary>The latest runs that did something, newest first.</summary>
    public async Task<IReadOnlyList<JobRun>> RecentRunsAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken: cancellationToken);
        return [.. await connection.QueryAsync<JobRun>(new CommandDefinition(ServiceSql.RecentRuns, new { count, idle = RunOutcomes.Idle }, cancellationToken: cancellationToken))];
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
