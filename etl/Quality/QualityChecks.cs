using System.Data.Common;
using System.Globalization;
using Dapper;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Workbooks;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Etl.Quality;

/// <summary>
/// Warnings: a return that loads but deserves a second look. Each becomes a finding; none stops
/// the load.
/// </summary>
public static class QualityChecks
{
    /// <summary>Jumps between small numbers (2 to 7) are noise; only totals this large are compared.</summary>
    public const long JumpFloor = 50;

    /// <summary>
    /// Programmes reported for a quarter but dated partly or wholly outside it: a programme that
    /// runs across quarters may be counted in each of them.
    /// </summary>
    public static IEnumerable<Finding> DatesOutsideQuarter(Submission submission, int submissionKey)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var quarter = submission.Header.Quarter;
        var startColumn = XlsxWriter.ColumnName(SubmissionLayout.Programmes.Fields.ToList().FindIndex(f => f.Code == "start_date"));
        return submission.Programmes
            .Where(p => p.StartDate < quarter.FirstDay || p.StartDate > quarter.LastDay || p.EndDate > quarter.LastDay)
            .Select(p => new Finding(QualityRules.ProgrammeDatesOutsideQuarter, submissionKey,
                Location: $"programmes!{startColumn}{p.SourceRow}",
                Detail: $"{p.StartDate:yyyy-MM-dd} – {p.EndDate:yyyy-MM-dd}; {quarter}: {quarter.FirstDay:yyyy-MM-dd} – {quarter.LastDay:yyyy-MM-dd}"));
    }

    /// <summary>Totals that grew or fell by more than the factor against the unit's previous quarter.</summary>
    public static async Task<IReadOnlyList<Finding>> JumpsAsync(DbTransaction transaction, Submission submission, int submissionKey, double factor)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(submission);
        var previous = await transaction.Connection!.QuerySingleAsync<(long? Subjects, long? People)>(QualitySql.UnitTotals,
            new { unit = submission.Header.UnitKato, quarter = submission.Header.Quarter.Previous.Key }, transaction);
        var current = (Subjects: Sum(submission, r => r.Subjects), People: Sum(submission, r => r.People));
        return new[] { (Measures.Subjects, previous.Subjects, current.Subjects), (Measures.People, previous.People, current.People) }
            .Where(m => IsJump(m.Item2, m.Item3, factor))
            .Select(m => new Finding(QualityRules.QuarterOnQuarterJump, submissionKey, Measure: m.Item1, Location: SubmissionLayout.Subjects.Name,
                Expected: m.Item2, Actual: m.Item3,
                Detail: string.Create(CultureInfo.InvariantCulture, $"{submission.Header.Quarter.Previous}: {m.Item2}, {submission.Header.Quarter}: {m.Item3}")))
            .ToList();
    }

    /// <summary>Whether two totals differ by more than the factor, either way.</summary>
    public static bool IsJump(long? previous, long? current, double factor)
    {
        if (previous is not { } before || current is not { } now || Math.Max(before, now) < JumpFloor)
        {
            return false;
        }

        return Math.Min(before, now) == 0 || (double)Math.Max(before, now) / Math.Min(before, now) > factor;
    }

    private static long? Sum(Submission submission, Func<SubjectCount, long?> measure) =>
        submission.Subjects.Any(r => measure(r) is not null) ? submission.Subjects.Sum(r => measure(r) ?? 0) : null;
}
