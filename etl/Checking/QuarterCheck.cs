using Dapper;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Etl.Quality;
using VolunteerDW.Warehouse;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;
using VolunteerDW.Warehouse.Timeliness;

namespace VolunteerDW.Etl.Checking;

/// <summary>
/// Checks one quarter as of now: re-evaluates every expected unit's timeliness, records a finding
/// for each unit still missing after its deadline (so completeness can be trended run by run), and
/// reads back the quarter's current findings.
/// </summary>
public sealed class QuarterCheck(WarehouseConnectionFactory connections, TimeProvider time)
{
    private static readonly string FindingsSql = EmbeddedFiles.Read(typeof(QuarterCheck).Assembly, "Queries/quarter_findings.sql");

    public async Task<QuarterReport> RunAsync(Quarter quarter, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken: cancellationToken);
        var dimensions = await DimensionSnapshot.LoadAsync(connection, cancellationToken);
        var now = time.GetUtcNow();
        IReadOnlyList<TimelinessRow> timeliness;
        // The run is recorded in the same transaction as what it writes: a check killed half-way
        // leaves neither its findings nor an unfinished run behind.
        await using (var transaction = await connections.BeginWriteAsync(connection, cancellationToken))
        {
            var run = await EtlRun.StartAsync(connection, connections.Dialect, EtlRun.Check, time, transaction);
            timeliness = await TimelinessEvaluator.RefreshQuarterAsync(transaction, dimensions, quarter, now);
            foreach (var row in timeliness)
            {
                var findings = row.Status == TimelinessStatuses.Missing
                    ? [new Finding(QualityRules.MissingSubmission, Expected: row.DeadlineKey)]
                    : Array.Empty<Finding>();
                await FindingWriter.ReplaceAsync(transaction, run, QualityRules.MissingSubmission, row.RegionSk, quarter.Key, findings);
            }

            var missing = timeliness.Count(r => r.Status == TimelinessStatuses.Missing);
            await EtlRun.FinishAsync(connection, run, RunOutcomes.Succeeded, $"{quarter}: {timeliness.Count} expected, {missing} missing", time, transaction);
            await transaction.CommitAsync(cancellationToken);
        }

        var current = await connection.QueryAsync<FindingView>(new CommandDefinition(FindingsSql, new { quarter_key = quarter.Key },
            cancellationToken: cancellationToken));
        var units = dimensions.Units.Where(u => u.ValidOn(DateKeys.Of(quarter.LastDay))).ToDictionary(u => u.KatoCode, StringComparer.Ordinal);
        return new QuarterReport(quarter, KazakhstanTime.DateOf(now), timeliness, [.. current], units);
    }
}
