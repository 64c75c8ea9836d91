-- Subjects of volunteer activity from current returns, by quarter, region, subject type and
-- activity type. A district's figures count for the region it belonged to at the quarter's end;
-- a region's own rows count for itself (both from v_returns). Rows are read from the covering
-- quarter index. Parameters: @from_quarter, @to_quarter (yyyyq).
WITH current_returns AS (
    -- DISTINCT changes no row (one row per return) but keeps SQLite from merging the view into the
    -- grouping below: the few returns are read once, not once per fact row.
    SELECT DISTINCT r.submission_key, r.quarter_key, r.region_kato
    FROM v_returns AS r
    WHERE r.is_current = 1
      AND r.quarter_key BETWEEN @from_quarter AND @to_quarter
),
final AS (
    SELECT r.quarter_key, r.region_kato, st.code AS subject_type, act.code AS activity_type,
           SUM(CAST(f.subjects AS BIGINT)) AS subjects, SUM(CAST(f.people AS BIGINT)) AS people, SUM(CAST(f.new_subjects AS BIGINT)) AS new_subjects
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
