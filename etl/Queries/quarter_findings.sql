-- The current data-quality findings of one quarter, with the unit and classifier codes they concern.
-- Parameters: @quarter_key.
WITH current_findings AS (
    SELECT f.finding_key, f.rule_key, f.region_sk, f.submission_key, f.subject_type_key, f.activity_type_key,
           f.measure, f.location, f.expected_value, f.actual_value, f.detail
    FROM fact_dq_finding AS f
    WHERE f.quarter_key = @quarter_key
      AND f.is_current = 1
),
final AS (
    SELECT r.rule_key, r.code AS rule_code, r.severity, u.kato_code, u.name_kk, u.name_ru, u.parent_kato_code,
           u.reporting_tier, st.code AS subject_type, act.code AS activity_type, f.measure, f.location,
           f.expected_value, f.actual_value, f.detail, s.file_name
    FROM current_findings AS f
    JOIN dim_dq_rule AS r ON r.rule_key = f.rule_key
    JOIN dim_region AS u ON u.region_sk = f.region_sk
    LEFT JOIN dim_subject_type AS st ON st.subject_type_key = f.subject_type_key
    LEFT JOIN dim_activity_type AS act ON act.activity_type_key = f.activity_type_key
    LEFT JOIN dim_submission AS s ON s.submission_key = f.submission_key
)
SELECT rule_code AS RuleCode, severity AS Severity, kato_code AS UnitKato, name_kk AS NameKk, name_ru AS NameRu,
       parent_kato_code AS ParentKato, reporting_tier AS Tier, subject_type AS SubjectType, activity_type AS ActivityType,
       measure AS Measure, location AS Location, expected_value AS ExpectedValue, actual_value AS ActualValue,
       detail AS Detail, file_name AS FileName
FROM final
ORDER BY rule_key, kato_code, subject_type, activity_type, measure
