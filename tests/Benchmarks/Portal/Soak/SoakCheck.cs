using Dapper;

namespace VolunteerDW.Benchmarks.Portal.Soak;

/// <summary>
/// What the warehouse holds after the soak, against what the people were told: every return
/// answered as taken has its submission (<c>dim_submission</c>, found by its file's SHA-256), no
/// return is stored twice for its unit and quarter (by content or by file), the soak's units gained
/// no row it did not send, and each unit's versions run 1, 2, … without a gap.
/// </summary>
/// <param name="Answered">Returns answered as taken (loaded, or found already loaded).</param>
/// <param name="Lost">Of those, how many have no submission.</param>
/// <param name="Unanswered">Returns sent that no answer said were taken (every attempt failed).</param>
/// <param name="StoredUnanswered">Of those, how many were stored all the same (the answer was lost, not the return).</param>
/// <param name="DuplicateContent">Units and quarters holding one content twice or more (the extra rows).</param>
/// <param name="DuplicateFiles">Units and quarters holding one file twice or more (the extra rows).</param>
/// <param name="RowsAdded">Submissions the soak's units gained.</param>
/// <param name="Unsent">Of those, how many are of no file the soak sent.</param>
/// <param name="Gaps">Units whose versions skip a number.</param>
/// <param name="JobRuns">The scheduled jobs' runs, by job and outcome.</param>
/// <param name="Loads">The loads run while the nodes ran, by outcome (a load whose node was killed is closed as interrupted by the next).</param>
internal sealed record SoakCheck(int Answered, int Lost, int Unanswered, int StoredUnanswered, int DuplicateContent, int DuplicateFiles,
    int RowsAdded, int Unsent, int Gaps, IReadOnlyList<(string Job, string Outcome, long Runs)> JobRuns, IReadOnlyList<(string Outcome, long Runs)> Loads)
{
    /// <summary>What the warehouse holds before the nodes start: the soak's units' submissions and the last load's key.</summary>
    public static async Task<(int Rows, long LastLoad)> BeforeAsync(string database, IReadOnlyList<string> units)
    {
        await using var connection = await SqliteWarehouse.Connections(database).OpenAsync();
        var rows = (await connection.QueryAsync<Row>(SoakSql.Submissions, new { quarter = DistrictReturns.Quarter.Key })).Count(r => units.Contains(r.Unit));
        return (rows, await connection.ExecuteScalarAsync<long>(SoakSql.LastLoad));
    }

    public static async Task<SoakCheck> ReadAsync(string database, IReadOnlyList<string> units, IReadOnlyList<SoakUpload> uploads, (int Rows, long LastLoad) before)
    {
        await using var connection = await SqliteWarehouse.Connections(database).OpenAsync();
        var rows = (await connection.QueryAsync<Row>(SoakSql.Submissions, new { quarter = DistrictReturns.Quarter.Key }))
            .Where(r => units.Contains(r.Unit)).ToList();
        var stored = rows.Select(r => r.FileHash).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sent = uploads.Select(u => u.File.FileHash).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var answered = uploads.Where(u => u.Answered).ToList();
        var unanswered = uploads.Where(u => !u.Answered).ToList();
        var jobs = await connection.QueryAsync<(string, string, long)>(SoakSql.JobRuns);
        var loads = await connection.QueryAsync<(string, long)>(SoakSql.LoadsSince, new { after = before.LastLoad });
        return new SoakCheck(
            answered.Count,
            answered.Count(u => !stored.Contains(u.File.FileHash)),
            unanswered.Count,
            unanswered.Count(u => stored.Contains(u.File.FileHash)),
            Extra(rows, r => r.ContentHash),
            Extra(rows, r => r.FileHash),
            rows.Count - before.Rows,
            rows.Count(r => !sent.Contains(r.FileHash)) - before.Rows,
            rows.GroupBy(r => r.Unit).Count(g => !g.Select(r => r.Version).Order().SequenceEqual(Enumerable.Range(1, g.Count()).Select(v => (long)v))),
            [.. jobs],
            [.. loads]);
    }

    // Rows beyond the first with the same unit and key.
    private static int Extra(List<Row> rows, Func<Row, string> key) =>
        rows.GroupBy(r => (r.Unit, key(r).ToUpperInvariant())).Sum(g => g.Count() - 1);

    private sealed record Row(string Unit, long Version, string ContentHash, string FileHash);
}

/// <summary>The soak's questions of the warehouse.</summary>
internal static class SoakSql
{
    public const string Submissions = """
        SELECT unit_kato AS Unit, version AS Version, content_hash AS ContentHash, file_hash AS FileHash
        FROM dim_submission WHERE quarter_key = @quarter
        """;

    public const string LastLoad = "SELECT COALESCE(MAX(run_key), 0) FROM etl_run";

    public const string LoadsSince = """
        SELECT COALESCE(outcome, 'open'), COUNT(*) FROM etl_run WHERE run_key > @after GROUP BY COALESCE(outcome, 'open') ORDER BY 1
        """;

    public const string JobRuns = """
        SELECT job_name, COALESCE(outcome, 'unfinished'), COUNT(*) FROM etl_job_run GROUP BY job_name, COALESCE(outcome, 'unfinished') ORDER BY 1, 2
        """;
}
