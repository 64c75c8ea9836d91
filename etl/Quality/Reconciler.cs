using System.Data.Common;
using Dapper;
using VolunteerDW.Warehouse;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.Quality;

/// <summary>
/// Reconciles what a region claimed for its whole territory against its units' returns; each
/// difference becomes a finding carrying both numbers. Run whenever either side changes. What is
/// compared, and what counts as a match, is <c>v_reconciliation</c>'s: the loader reads that view
/// for one region and quarter, so the findings and the analysts' view cannot disagree.
/// </summary>
public static class Reconciler
{
    private static readonly string DifferencesSql =
        EmbeddedFiles.Read(typeof(Reconciler).Assembly, "Queries/reconciliation_differences.sql");

    /// <summary>Each measure of each cell where the region's claim and its territory's sum differ, by subject type, activity type and measure.</summary>
    public static async Task<IReadOnlyList<ReconciliationDifference>> DifferencesAsync(DbConnection connection, DbTransaction? transaction, string regionKato, Quarter quarter)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var measures = await connection.QueryAsync<ReconciliationDifference>(DifferencesSql,
            new { region_kato = regionKato, quarter_key = quarter.Key }, transaction);
        // A cell that does not match has at least one measure whose sides differ; a blank against a figure differs too.
        return [.. measures.Where(m => m.ClaimedValue != m.SummedValue)];
    }

    /// <summary>Re-runs the reconciliation of a region and quarter, replacing its current findings.</summary>
    public static async Task<int> RunAsync(DbTransaction transaction, int run, string regionKato, int regionSk, Quarter quarter)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var differences = await DifferencesAsync(transaction.Connection!, transaction, regionKato, quarter);
        await FindingWriter.ReplaceAsync(transaction, run, QualityRules.ReconciliationDifference, regionSk, quarter.Key,
            differences.Select(d => new Finding(QualityRules.ReconciliationDifference, d.SubmissionKey, d.SubjectTypeKey, d.ActivityTypeKey,
                d.Measure, $"consolidated ({d.Measure})", d.ClaimedValue, d.SummedValue)));
        return differences.Count;
    }
}

/// <summary>One measure of one cell where a region's claim and the sum of its units differ; null is "not reported".</summary>
public sealed record ReconciliationDifference
{
    public int SubmissionKey { get; init; }

    public int SubjectTypeKey { get; init; }

    public int ActivityTypeKey { get; init; }

    public string Measure { get; init; } = string.Empty;

    public long? ClaimedValue { get; init; }

    public long? SummedValue { get; init; }
}
