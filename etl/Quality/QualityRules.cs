namespace VolunteerDW.Etl.Quality;

/// <summary>The codes of the data-quality rules (<c>dim_dq_rule</c>).</summary>
public static class QualityRules
{
    public const string LateSubmission = "late_submission";
    public const string MissingSubmission = "missing_submission";
    public const string ReconciliationDifference = "reconciliation_difference";
    public const string ProgrammeDatesOutsideQuarter = "programme_dates_outside_quarter";
    public const string QuarterOnQuarterJump = "quarter_on_quarter_jump";
}
