-- Subjects of volunteer activity from current returns, by quarter, region, subject type and
-- activity type. A district's figures count for the region it belonged to at the quarter's end;
-- a region's own rows count for itself. Rows are read from the covering quarter index.
-- Parameters: @from_quarter, @to_quarter (yyyyq).
WITH current_returns AS (
    SELECT s.submission_key, s.quarter_key, u.region_kato
    FROM dim_submission AS s
    JOIN dim_region AS u ON u.region_sk = s.region_sk
    WHERE s.status = 'current'
      AND s.quarter_key BETWEEN @from_quarter AND @to_quarter
),
final AS (
    SELECT r.quarter_key, r.region_kato, st.code AS subject_type, act.code AS activity_type,
           SUM(f.subjects) AS subjects, SUM(f.people) AS people, SUM(f.new_subjects) AS new_subjects
    FROM fact_subjects AS f
    JOIN current_returns AS r ON r.submission_key = f.submission_key
    JOIN dim_subject_type AS st ON st.subject_type_key = f.subject_type_key
    JOIN dim_activity_type AS act ON act.activity_type_key = f.activity_type_key
    WHERE f.quarter_key BETWEEN @from_quarter AND @to_quarter
    GROUP BY r.quarter_key, r.region_kato, st.code, act.code
)
SELECT quarter_key AS QuarterKey, region_kato AS RegionKato, subject_type AS SubjectType, activity_type AS ActivityType,
       subjects AS Subjects, people AS People, new_subjects AS NewSubjects
FROM final
