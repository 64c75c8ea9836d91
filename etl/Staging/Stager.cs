using System.Data.Common;
using Dapper;
using VolunteerDW.Etl.Format;
using VolunteerDW.Warehouse.Diagnostics;

namespace VolunteerDW.Etl.Staging;

/// <summary>
/// Writes a submission's rows, as submitted (codes, not keys), into the staging tables under one
/// load id, and clears them once conformed — inside the caller's transaction.
/// </summary>
internal static class Stager
{
    public static void Stage(DbTransaction transaction, Submission submission, string loadId)
    {
        Write(transaction, StagingSql.StagedSubjectCounts, loadId,
            (SubmissionLayout.Subjects.Name, submission.Subjects), (SubmissionLayout.Consolidated.Name, submission.Consolidated));
        FaultPoints.Reach(FaultPoints.Staging);
        Write(transaction, StagingSql.StagedProgrammes, loadId, (SubmissionLayout.Programmes.Name, submission.Programmes));
        Write(transaction, StagingSql.StagedPractices, loadId, (SubmissionLayout.Practices.Name, submission.Practices));
    }

    public static async Task ClearAsync(DbTransaction transaction, string loadId)
    {
        foreach (var clear in new[] { StagingSql.ClearStagedSubjectCounts, StagingSql.ClearStagedProgrammes, StagingSql.ClearStagedPractices })
        {
            await transaction.Connection!.ExecuteAsync(clear, new { load_id = loadId }, transaction);
        }
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
}
