using VolunteerDW.Etl.Format;

namespace VolunteerDW.Etl.Conforming;

/// <summary>
/// The set-based statements that turn one submission's staged rows (picked by their load id) into
/// fact rows, with the dimension keys of the codes they were submitted in; portable to both engines.
/// </summary>
public static class ConformingSql
{
    /// <summary>The subjects sheet's rows into <c>fact_subjects</c>.</summary>
    public static readonly string ConformSubjects = ConformCounts("fact_subjects", SubmissionLayout.Subjects.Name);

    /// <summary>A region's consolidated sheet into <c>fact_region_claim</c>: the same columns, its claim for its whole territory.</summary>
    public static readonly string ConformRegionClaims = ConformCounts("fact_region_claim", SubmissionLayout.Consolidated.Name);

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

    // Both count sheets are staged in one table and told apart by the sheet they came from.
    private static string ConformCounts(string fact, string sheet) =>
        $"""
        INSERT INTO {fact} (submission_key, subject_type_key, activity_type_key, region_sk, quarter_key, source_row,
                            subjects, people, new_subjects)
        SELECT @submission, st.subject_type_key, act.activity_type_key, @region_sk, @quarter, s.source_row,
               s.subjects, s.people, s.new_subjects
        FROM stg_subject_count AS s
        JOIN dim_subject_type AS st ON st.code = s.subject_type_code
        JOIN dim_activity_type AS act ON act.code = s.activity_type_code
        WHERE s.load_id = @load_id AND s.sheet = '{sheet}'
        """;
}
