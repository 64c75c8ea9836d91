namespace VolunteerDW.Etl.Quality;

/// <summary>The statements of the quality checks and their findings, portable to both engines.</summary>
public static class QualitySql
{
    /// <summary>A unit's totals for a quarter, from its current return: the base of the jump check.</summary>
    public const string UnitTotals =
        """
        SELECT SUM(CAST(f.subjects AS BIGINT)) AS Subjects, SUM(CAST(f.people AS BIGINT)) AS People
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
}
