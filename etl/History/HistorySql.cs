namespace VolunteerDW.Etl.History;

/// <summary>
/// The statements that read a return's versions back from the warehouse, parameterised and written
/// once for both engines: which versions there are (current version from <c>v_returns.is_current</c>,
/// timeliness as <c>fact_submission_timeliness</c> stores it), and what one version held, sheet by sheet.
/// </summary>
public static class HistorySql
{
    /// <summary>Every version of the returns of one unit, or all, of one quarter, or all: newest quarter first.</summary>
    public const string Versions =
        """
        SELECT r.submission_key AS SubmissionKey, r.unit_kato AS UnitKato, r.unit_name_kk AS UnitNameKk, r.unit_name_ru AS UnitNameRu,
               s.region_sk AS RegionSk, r.quarter_key AS QuarterKey, r.version AS Version, r.is_current AS IsCurrent,
               s.received_at_utc AS ReceivedAtUtc, s.submitted_on_key AS SubmittedOnKey, r.file_name AS FileName,
               r.package_name AS PackageName, s.prepared_by AS PreparedBy,
               t.status AS TimelinessStatus, k.name_kk AS TimelinessNameKk, k.name_ru AS TimelinessNameRu, t.days_late AS DaysLate,
               CASE WHEN t.first_submission_key = r.submission_key THEN 1 ELSE 0 END AS CountsForTimeliness
        FROM v_returns AS r
        JOIN dim_submission AS s ON s.submission_key = r.submission_key
        LEFT JOIN fact_submission_timeliness AS t ON t.quarter_key = s.quarter_key AND t.region_sk = s.region_sk
        LEFT JOIN dim_code_label AS k ON k.code_list = 'timeliness_status' AND k.code = t.status
        WHERE (@unit IS NULL OR r.unit_kato = @unit)
          AND (@quarter IS NULL OR r.quarter_key = @quarter)
        ORDER BY r.quarter_key DESC, r.unit_kato, r.version DESC
        """;

    /// <summary>The <c>submission</c> sheet of one version, as the warehouse keeps it.</summary>
    public const string Header =
        """
        SELECT submission_key AS SubmissionKey, format AS Format, unit_kato AS UnitKato,
               submitted_on_key AS SubmittedOnKey, prepared_by AS PreparedBy, preparer_position AS Position,
               preparer_phone AS Phone, preparer_email AS Email
        FROM dim_submission
        WHERE unit_kato = @unit AND quarter_key = @quarter AND version = @version
        """;

    /// <summary>The <c>subjects</c> sheet of one version.</summary>
    public const string Subjects = $"{CountColumns}\nFROM fact_subjects AS f\n{CountClassifiers}";

    /// <summary>The <c>consolidated</c> sheet of one version (a region's claim for its whole territory), laid out as <c>subjects</c> is.</summary>
    public const string Consolidated = $"{CountColumns}\nFROM fact_region_claim AS f\n{CountClassifiers}";

    private const string CountColumns =
        """
        SELECT f.source_row AS SourceRow, st.code AS SubjectType, act.code AS ActivityType,
               f.subjects AS Subjects, f.people AS People, f.new_subjects AS NewSubjects
        """;

    private const string CountClassifiers =
        """
        JOIN dim_subject_type AS st ON st.subject_type_key = f.subject_type_key
        JOIN dim_activity_type AS act ON act.activity_type_key = f.activity_type_key
        WHERE f.submission_key = @submission
        ORDER BY f.source_row
        """;

    /// <summary>The <c>programmes</c> sheet of one version.</summary>
    public const string Programmes =
        """
        SELECT f.source_row AS SourceRow, f.programme_kind AS Kind, f.title AS Title, act.code AS ActivityType,
               f.start_date_key AS StartDateKey, f.end_date_key AS EndDateKey, f.state_partner AS StatePartner,
               f.volunteers AS Volunteers, f.beneficiaries AS Beneficiaries, f.volunteer_hours AS VolunteerHours, f.funding_kzt AS FundingKzt
        FROM fact_programme AS f
        JOIN dim_activity_type AS act ON act.activity_type_key = f.activity_type_key
        WHERE f.submission_key = @submission
        ORDER BY f.source_row
        """;

    /// <summary>The <c>practices</c> sheet of one version.</summary>
    public const string Practices =
        """
        SELECT f.source_row AS SourceRow, f.practice_kind AS Kind, f.proposal_area AS ProposalArea, act.code AS ActivityType,
               f.title AS Title, f.practice_text AS Text
        FROM fact_practice AS f
        LEFT JOIN dim_activity_type AS act ON act.activity_type_key = f.activity_type_key
        WHERE f.submission_key = @submission
        ORDER BY f.source_row
        """;
}
