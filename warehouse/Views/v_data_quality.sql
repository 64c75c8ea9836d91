-- The current data-quality findings and warnings: late and missing returns, reconciliation
-- differences, programme dates outside the quarter, sharp changes against the previous quarter —
-- each with both numbers where it has them and the workbook cell where it has one.
SELECT @place(p),
       rl.code AS rule_code, rl.name_kk AS rule_name_kk, rl.name_ru AS rule_name_ru,
       rl.severity, sv.name_kk AS severity_name_kk, sv.name_ru AS severity_name_ru,
       st.code AS subject_type_code, st.name_kk AS subject_type_name_kk, st.name_ru AS subject_type_name_ru,
       act.code AS activity_type_code, act.name_kk AS activity_type_name_kk, act.name_ru AS activity_type_name_ru,
       f.measure, m.name_kk AS measure_name_kk, m.name_ru AS measure_name_ru,
       f.expected_value, f.actual_value, f.location, f.detail,
       f.submission_key, s.version, s.file_name, run.started_at_utc AS found_at_utc
FROM fact_dq_finding AS f
JOIN v_place AS p ON p.region_sk = f.region_sk AND p.quarter_key = f.quarter_key
JOIN dim_dq_rule AS rl ON rl.rule_key = f.rule_key
JOIN dim_code_label AS sv ON sv.code_list = 'dq_severity' AND sv.code = rl.severity
JOIN etl_run AS run ON run.run_key = f.run_key
LEFT JOIN dim_subject_type AS st ON st.subject_type_key = f.subject_type_key
LEFT JOIN dim_activity_type AS act ON act.activity_type_key = f.activity_type_key
LEFT JOIN dim_code_label AS m ON m.code_list = 'measure' AND m.code = f.measure
LEFT JOIN dim_submission AS s ON s.submission_key = f.submission_key
WHERE f.is_current = 1
