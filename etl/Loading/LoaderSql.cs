using VolunteerDW.Etl.Submissions;
using VolunteerDW.Warehouse.Dimensions;

namespace VolunteerDW.Etl.Loading;

/// <summary>
/// Every statement the loader runs, parameterised, written once for both engines (the tests parse
/// each as T-SQL and allow only functions both engines have). Values are always parameters. The
/// staging tables are declared column by column, each column with how its value is taken from a
/// submitted row; their INSERT statements for each engine are derived from that declaration
/// (<see cref="StagedTable{TRow}"/>).
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

    /// <summary>
    /// The subjects and consolidated sheets' rows, staged in submitted codes; the sheet each came
    /// from tells <see cref="ConformSubjects"/> from <see cref="ConformRegionClaims"/>.
    /// </summary>
    internal static StagedTable<StagedRow<SubjectCount>> StagedSubjectCounts { get; } = Staging<SubjectCount>("stg_subject_count")
        .Text("sheet", s => s.Sheet)
        .Number("source_row", s => s.Row.SourceRow)
        .Text("subject_type_code", s => s.Row.SubjectType)
        .Text("activity_type_code", s => s.Row.ActivityType)
        .Number("subjects", s => s.Row.Subjects)
        .Number("people", s => s.Row.People)
        .Number("new_subjects", s => s.Row.NewSubjects);

    internal static StagedTable<StagedRow<Programme>> StagedProgrammes { get; } = Staging<Programme>("stg_programme")
        .Number("source_row", s => s.Row.SourceRow)
        .Text("programme_kind", s => s.Row.Kind)
        .Text("title", s => s.Row.Title)
        .Text("activity_type_code", s => s.Row.ActivityType)
        .Number("start_date_key", s => DateKeys.Of(s.Row.StartDate))
        .Number("end_date_key", s => s.Row.EndDate is { } end ? DateKeys.Of(end) : null)
        .Text("state_partner", s => s.Row.StatePartner)
        .Number("volunteers", s => s.Row.Volunteers)
        .Number("beneficiaries", s => s.Row.Beneficiaries)
        .Number("volunteer_hours", s => s.Row.VolunteerHours)
        .Number("funding_kzt", s => s.Row.FundingKzt);

    internal static StagedTable<StagedRow<Practice>> StagedPractices { get; } = Staging<Practice>("stg_practice")
        .Number("source_row", s => s.Row.SourceRow)
        .Text("practice_kind", s => s.Row.Kind)
        .Text("proposal_area", s => s.Row.ProposalArea)
        .Text("activity_type_code", s => s.Row.ActivityType)
        .Text("title", s => s.Row.Title)
        .Text("practice_text", s => s.Row.Text);

    // Every staged row carries its load's id: conforming selects a submission's rows by it, and
    // clearing deletes them by it.
    private static StagedTable<StagedRow<T>> Staging<T>(string table) => new StagedTable<StagedRow<T>>(table).Text("load_id", s => s.LoadId);

    public const string ConformSubjects =
        """
        INSERT INTO fact_subjects (submission_key, subject_type_key, activity_type_key, region_sk, quarter_key, source_row,
                                   subjects, people, new_subjects)
        SELECT @submission, st.subject_type_key, act.activity_type_key, @region_sk, @quarter, s.source_row,
               s.subjects, s.people, s.new_subjects
        FROM stg_subject_count AS s
        JOIN dim_subject_type AS st ON st.code = s.subject_type_code
        JOIN dim_activity_type AS act ON act.code = s.activity_type_code
        WHERE s.load_id = @load_id AND s.sheet = 'subjects'
        """;

    public const string ConformRegionClaims =
        """
        INSERT INTO fact_region_claim (submission_key, subject_type_key, activity_type_key, region_sk, quarter_key, source_row,
                                       subjects, people, new_subjects)
        SELECT @submission, st.subject_type_key, act.activity_type_key, @region_sk, @quarter, s.source_row,
               s.subjects, s.people, s.new_subjects
        FROM stg_subject_count AS s
        JOIN dim_subject_type AS st ON st.code = s.subject_type_code
        JOIN dim_activity_type AS act ON act.code = s.activity_type_code
        WHERE s.load_id = @load_id AND s.sheet = 'consolidated'
        """;

    public const string ConformProgrammes =
        """
        INSERT INTO fact_programme (submission_key, region_sk, quarter_key, source_row, programme_kind, title, activity_type_key,
                                    start_date_key, end_date_key, state_partner, in_partnership, volunteers, beneficiaries,
                                    volunteer_hours, funding_kzt)
        SELECT @submission, @region_sk, @quarter, s.source_row, s.programme_kind, s.title, act.activity_type_key,
               s.start_date_key, s.end_date_key, s.state_partner,
               CASE WHEN s.state_partner IS NULL THEN 0 ELSE 1 END,
               s.volunteers, s.beneficiaries, s.volunteer_hours, s.funding_kzt
        FROM stg_programme AS s
        JOIN dim_activity_type AS act ON act.code = s.activity_type_code
        WHERE s.load_id = @load_id
        """;

    public const string ConformPractices =
        """
        INSERT INTO fact_practice (submission_key, region_sk, quarter_key, source_row, practice_kind, proposal_area,
                                   activity_type_key, title, practice_text)
        SELECT @submission, @region_sk, @quarter, s.source_row, s.practice_kind, s.proposal_area,
               act.activity_type_key, s.title, s.practice_text
        FROM stg_practice AS s
        LEFT JOIN dim_activity_type AS act ON act.code = s.activity_type_code
        WHERE s.load_id = @load_id
        """;

    public const string ClearStagedSubjectCounts = "DELETE FROM stg_subject_count WHERE load_id = @load_id";

    public const string ClearStagedProgrammes = "DELETE FROM stg_programme WHERE load_id = @load_id";

    public const string ClearStagedPractices = "DELETE FROM stg_practice WHERE load_id = @load_id";

    /// <summary>A unit's totals for a quarter, from its current return: the base of the jump check.</summary>
    public const string UnitTotals =
        """
        SELECT SUM(f.subjects) AS Subjects, SUM(f.people) AS People
        FROM fact_subjects AS f
        JOIN dim_submission AS s ON s.submission_key = f.submission_key
        WHERE s.unit_kato = @unit AND s.quarter_key = @quarter AND s.status = 'current'
        """;

    public const string RetireFindings =
        """
        UPDATE fact_dq_finding SET is_current = 0
        WHERE rule_key = (SELECT rule_key FROM dim_dq_rule WHERE code = @rule)
          AND region_sk = @region_sk AND quarter_key = @quarter AND is_current = 1
        """;

    public const string InsertFinding =
        """
        INSERT INTO fact_dq_finding (run_key, rule_key, region_sk, quarter_key, submission_key, subject_type_key, activity_type_key,
                                     measure, location, expected_value, actual_value, detail, is_current)
        SELECT @run, r.rule_key, @region_sk, @quarter, @submission, @subject_type_key, @activity_type_key,
               @measure, @location, @expected_value, @actual_value, @detail, 1
        FROM dim_dq_rule AS r
        WHERE r.code = @rule
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
