-- Current reconciliation differences of a range of quarters: what a region claimed for its
-- territory against the sum of its units' returns. Parameters: @from_quarter, @to_quarter (yyyyq).
SELECT f.quarter_key AS QuarterKey, u.kato_code AS RegionKato, st.code AS SubjectType, act.code AS ActivityType,
       f.measure AS Measure, f.expected_value AS Claimed, f.actual_value AS Summed
FROM fact_dq_finding AS f
JOIN dim_dq_rule AS r ON r.rule_key = f.rule_key
JOIN dim_region AS u ON u.region_sk = f.region_sk
LEFT JOIN dim_subject_type AS st ON st.subject_type_key = f.subject_type_key
LEFT JOIN dim_activity_type AS act ON act.activity_type_key = f.activity_type_key
WHERE r.code = 'reconciliation_difference'
  AND f.is_current = 1
  AND f.quarter_key BETWEEN @from_quarter AND @to_quarter
ORDER BY f.quarter_key, u.kato_code, st.code, act.code, f.measure
