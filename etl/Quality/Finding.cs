using System.Data.Common;
using Dapper;

namespace VolunteerDW.Etl.Quality;

/// <summary>A data-quality finding before it is written: the rule, where, and both numbers when there are two.</summary>
public sealed record Finding(
    string Rule,
    int? SubmissionKey = null,
    int? SubjectTypeKey = null,
    int? ActivityTypeKey = null,
    string? Measure = null,
    string? Location = null,
    long? Expected = null,
    long? Actual = null,
    string? Detail = null);

/// <summary>
/// Writes findings of one rule for one unit and quarter in a run: the findings that rule gave
/// before stay in history, no longer current; the new ones become current.
/// </summary>
internal static class FindingWriter
{
    public static async Task ReplaceAsync(DbTransaction transaction, int run, string rule, int regionSk, int quarter, IEnumerable<Finding> findings)
    {
        var connection = transaction.Connection!;
        await connection.ExecuteAsync(QualitySql.RetireFindings, new { rule, region_sk = regionSk, quarter }, transaction);
        foreach (var finding in findings)
        {
            await connection.ExecuteAsync(QualitySql.InsertFinding, new
            {
                run,
                rule = finding.Rule,
                region_sk = regionSk,
                quarter,
                submission = finding.SubmissionKey,
                subject_type_key = finding.SubjectTypeKey,
                activity_type_key = finding.ActivityTypeKey,
                measure = finding.Measure,
                location = finding.Location,
                expected_value = finding.Expected,
                actual_value = finding.Actual,
                detail = finding.Detail,
            }, transaction);
        }
    }
}
