namespace VolunteerDW.Etl.Quality;

/// <summary>
/// The codes of the data-quality rules, as <c>dim_dq_rule</c> is seeded with them: a finding is
/// recorded only for a rule the table holds, so a test ties the two.
/// </summary>
public static class QualityRules
{
    public const string LateSubmission = "late_submission";
    public const string MissingSubmission = "missing_submission";
    public const string ReconciliationDifference = "reconciliation_difference";
    public const string ProgrammeDatesOutsideQuarter = "programme_dates_outside_quarter";
    public const string QuarterOnQuarterJump = "quarter_on_quarter_jump";

    public static IReadOnlyList<string> All { get; } =
        [LateSubmission, MissingSubmission, ReconciliationDifference, ProgrammeDatesOutsideQuarter, QuarterOnQuarterJump];
}
