using System.Data.Common;
using Dapper;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Etl.Loading;

/// <summary>
/// A run of a process recorded in <c>etl_run</c>: written when it starts, so that a run killed
/// half-way still shows, unfinished; completed with its outcome and a summary.
/// </summary>
public static class EtlRun
{
    public static async Task<int> StartAsync(DbConnection connection, SqlDialect dialect, string kind, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(time);
        return await connection.ExecuteScalarAsync<int>($"{LoaderSql.StartRun};\n{dialect.LastInsertedKey}",
            new { kind, started_at_utc = time.GetUtcNow().UtcDateTime });
    }

    public static async Task FinishAsync(DbConnection connection, int run, string outcome, string summary, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(time);
        await connection.ExecuteAsync(LoaderSql.FinishRun,
            new { run, outcome, summary = summary.Length > 2000 ? summary[..2000] : summary, finished_at_utc = time.GetUtcNow().UtcDateTime });
    }
}
