using System.Data.Common;
using Dapper;
using VolunteerDW.Etl.Format;

namespace VolunteerDW.Etl.Conforming;

/// <summary>
/// Conforms one submission's staged rows to dimension keys, with set-based SQL, into the facts —
/// inside the caller's transaction.
/// </summary>
internal static class Conformer
{
    /// <summary>Loads the staged rows of <paramref name="loadId"/> into the facts and returns how many fact rows it wrote.</summary>
    public static async Task<int> ConformAsync(DbTransaction transaction, Submission submission, int submissionKey, int regionSk, string loadId)
    {
        var keys = new { submission = submissionKey, region_sk = regionSk, quarter = submission.Header.Quarter.Key, load_id = loadId };
        return await Conform(transaction, ConformingSql.ConformSubjects, keys, submission.Subjects.Count)
            + await Conform(transaction, ConformingSql.ConformRegionClaims, keys, submission.Consolidated.Count)
            + await Conform(transaction, ConformingSql.ConformProgrammes, keys, submission.Programmes.Count)
            + await Conform(transaction, ConformingSql.ConformPractices, keys, submission.Practices.Count);
    }

    // Codes were checked against the same dimensions, so every staged row must conform; if one
    // did not, the whole submission is rolled back rather than loaded short.
    private static async Task<int> Conform(DbTransaction transaction, string sql, object keys, int staged)
    {
        var loaded = await transaction.Connection!.ExecuteAsync(sql, keys, transaction);
        return loaded == staged
            ? loaded
            : throw new InvalidOperationException($"Conforming loaded {loaded} of {staged} staged rows; the submission was rolled back.");
    }
}
