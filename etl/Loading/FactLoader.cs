using System.Data.Common;
using Dapper;
using VolunteerDW.Etl.Submissions;
using VolunteerDW.Warehouse.Diagnostics;

namespace VolunteerDW.Etl.Loading;

/// <summary>
/// Stages a submission's rows in submitted codes, conforms them to dimension keys with set-based
/// SQL into the facts, and clears the staging rows — all inside the caller's transaction.
/// </summary>
internal static class FactLoader
{
    public static async Task<int> LoadAsync(DbTransaction transaction, Submission submission, int submissionKey, int regionSk)
    {
        var connection = transaction.Connection!;
        var loadId = Guid.NewGuid().ToString("D");
        Stage(transaction, submission, loadId);
        var keys = new { submission = submissionKey, region_sk = regionSk, quarter = submission.Header.Quarter.Key, load_id = loadId };
        var loaded = await Conform(connection, transaction, LoaderSql.ConformSubjects, keys, submission.Subjects.Count)
            + await Conform(connection, transaction, LoaderSql.ConformRegionClaims, keys, submission.Consolidated.Count)
            + await Conform(connection, transaction, LoaderSql.ConformProgrammes, keys, submission.Programmes.Count)
            + await Conform(connection, transaction, LoaderSql.ConformPractices, keys, submission.Practices.Count);
        foreach (var clear in new[] { LoaderSql.ClearStagedSubjectCounts, LoaderSql.ClearStagedProgrammes, LoaderSql.ClearStagedPractices })
        {
            await connection.ExecuteAsync(clear, new { load_id = loadId }, transaction);
        }

        return loaded;
    }

    private static void Stage(DbTransaction transaction, Submission submission, string loadId)
    {
        Write(transaction, LoaderSql.StagedSubjectCounts, loadId,
            (SubmissionLayout.Subjects.Name, submission.Subjects), (SubmissionLayout.Consolidated.Name, submission.Consolidated));
        FaultPoints.Reach(FaultPoints.Staging);
        Write(transaction, LoaderSql.StagedProgrammes, loadId, (SubmissionLayout.Programmes.Name, submission.Programmes));
        Write(transaction, LoaderSql.StagedPractices, loadId, (SubmissionLayout.Practices.Name, submission.Practices));
    }

    private static void Write<T>(DbTransaction transaction, StagedTable<StagedRow<T>> table, string loadId, params (string Sheet, IReadOnlyList<T> Rows)[] sheets)
    {
        using var writer = RowWriter.Open(transaction, table);
        foreach (var (sheet, rows) in sheets)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                writer.Add(new StagedRow<T>(loadId, sheet, rows[i]));
            }
        }

        writer.Complete();
    }

    // Codes were checked against the same dimensions, so every staged row must conform; if one
    // did not, the whole submission is rolled back rather than loaded short.
    private static async Task<int> Conform(DbConnection connection, DbTransaction transaction, string sql, object keys, int staged)
    {
        var loaded = await connection.ExecuteAsync(sql, keys, transaction);
        return loaded == staged
            ? loaded
            : throw new InvalidOperationException($"Conforming loaded {loaded} of {staged} staged rows; the submission was rolled back.");
    }
}
