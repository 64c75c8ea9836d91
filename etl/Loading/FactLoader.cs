using System.Data.Common;
using Dapper;
using VolunteerDW.Etl.Submissions;
using VolunteerDW.Warehouse.Diagnostics;
using VolunteerDW.Warehouse.Dimensions;

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
        Write(transaction, LoaderSql.StageSubjectCount,
            ["@load_id", "@sheet", "@source_row", "@subject_type", "@activity_type", "@subjects", "@people", "@new_subjects"],
            submission.Subjects.Select(r => (Sheet: "subjects", Row: r)).Concat(submission.Consolidated.Select(r => (Sheet: "consolidated", Row: r))),
            x => [loadId, x.Sheet, x.Row.SourceRow, x.Row.SubjectType, x.Row.ActivityType, x.Row.Subjects, x.Row.People, x.Row.NewSubjects]);
        FaultPoints.Reach(FaultPoints.Staging);
        Write(transaction, LoaderSql.StageProgramme,
            ["@load_id", "@source_row", "@kind", "@title", "@activity_type", "@start_date_key", "@end_date_key",
             "@state_partner", "@volunteers", "@beneficiaries", "@volunteer_hours", "@funding_kzt"],
            submission.Programmes,
            p => [loadId, p.SourceRow, p.Kind, p.Title, p.ActivityType, DateKeys.Of(p.StartDate),
                p.EndDate is { } end ? DateKeys.Of(end) : null, p.StatePartner, p.Volunteers, p.Beneficiaries, p.VolunteerHours, p.FundingKzt]);
        Write(transaction, LoaderSql.StagePractice,
            ["@load_id", "@source_row", "@kind", "@proposal_area", "@activity_type", "@title", "@text"],
            submission.Practices,
            p => [loadId, p.SourceRow, p.Kind, p.ProposalArea, p.ActivityType, p.Title, p.Text]);
    }

    private static void Write<T>(DbTransaction transaction, string sql, string[] parameterNames, IEnumerable<T> rows, Func<T, object?[]> values)
    {
        using var writer = RowWriter.Open(transaction.Connection!, transaction, sql, parameterNames);
        foreach (var row in rows)
        {
            writer.Add(values(row));
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
