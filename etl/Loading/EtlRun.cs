using System.Data.Common;
using Dapper;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Etl.Loading;

/// <summary>
/// A run of a process recorded in <c>etl_run</c>: written when it starts, so that a run killed
/// half-way still shows, and completed with its outcome and a summary. A run whose process died
/// is closed as <see cref="RunOutcomes.Interrupted"/> by the next run of its kind that can tell.
/// </summary>
public static class EtlRun
{
    public const string Load = "load";
    public const string Check = "check";

    public static async Task<int> StartAsync(DbConnection connection, SqlDialect dialect, string kind, TimeProvider time, DbTransaction? transaction = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(time);
        return await connection.ExecuteScalarAsync<int>($"{LoaderSql.StartRun};\n{dialect.LastInsertedKey}",
            new { kind, started_at_utc = StoredTime.Now(time) }, transaction);
    }

    public static async Task FinishAsync(DbConnection connection, int run, string outcome, string summary, TimeProvider time, DbTransaction? transaction = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(time);
        await connection.ExecuteAsync(LoaderSql.FinishRun,
            new { run, outcome, summary = summary.Length > 2000 ? summary[..2000] : summary, finished_at_utc = StoredTime.Now(time) }, transaction);
    }

    /// <summary>
    /// Closes as interrupted every run of a kind still open; the caller must know that no run of
    /// that kind can be alive (it holds the lock such runs take). Returns how many it closed.
    /// </summary>
    public static async Task<int> CloseInterruptedAsync(DbConnection connection, string kind, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(time);
        return await connection.ExecuteAsync(LoaderSql.CloseInterruptedRuns, new
        {
            kind,
            outcome = RunOutcomes.Interrupted,
            finished_at_utc = StoredTime.Now(time),
            summary = "the process ended before the run did; closed when the next run noticed it",
        });
    }
}
