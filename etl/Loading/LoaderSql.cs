
namespace VolunteerDW.Etl.Loading;

/// <summary>
/// The statements that keep a submission's versions and the history of loads, parameterised and
/// written once for both engines (the tests parse each as T-SQL and allow only functions both
/// engines have). Staging, conforming and the quality checks keep theirs beside them
/// (<c>StagingSql</c>, <c>ConformingSql</c>, <c>QualitySql</c>).
/// </summary>
public static class LoaderSql
{
    public const string FindByContent =
        "SELECT submission_key AS SubmissionKey, version AS Version FROM dim_submission WHERE content_hash = @hash";

    public const string FindCurrent =
        """
        SELECT submission_key AS SubmissionKey, version AS Version
        FROM dim_submission
        WHERE unit_kato = @unit AND quarter_key = @quarter AND status = 'current'
        """;

    /// <summary>Step one of superseding: the old version may not stay current next to the new one.</summary>
    public const string MarkSuperseded =
        "UPDATE dim_submission SET status = 'superseded', superseded_by_key = submission_key WHERE submission_key = @old";

    public const string PointToSuccessor =
        "UPDATE dim_submission SET superseded_by_key = @successor WHERE submission_key = @old";

    public const string InsertSubmission =
        """
        INSERT INTO dim_submission (unit_kato, region_sk, quarter_key, tier, version, status, file_name, package_name,
                                    content_hash, file_hash, format, submitted_on_key, received_at_utc, received_date_key,
                                    loaded_at_utc, load_run_key, prepared_by, preparer_position, preparer_phone, preparer_email)
        VALUES (@unit, @region_sk, @quarter, @tier, @version, 'current', @file_name, @package_name,
                @content_hash, @file_hash, @format, @submitted_on_key, @received_at_utc, @received_date_key,
                @loaded_at_utc, @run, @prepared_by, @position, @phone, @email)
        """;

    public const string StartRun =
        "INSERT INTO etl_run (run_kind, started_at_utc) VALUES (@kind, @started_at_utc)";

    public const string FinishRun =
        "UPDATE etl_run SET finished_at_utc = @finished_at_utc, outcome = @outcome, summary = @summary WHERE run_key = @run";

    /// <summary>Runs of a kind left open by a process that died: the finish is when it was noticed.</summary>
    public const string CloseInterruptedRuns =
        """
        UPDATE etl_run SET finished_at_utc = @finished_at_utc, outcome = @outcome, summary = @summary
        WHERE run_kind = @kind AND finished_at_utc IS NULL
        """;
}
