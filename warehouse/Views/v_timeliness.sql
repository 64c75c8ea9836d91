-- Every unit expected to report, for every quarter evaluated: its deadline, the date its first
-- accepted return counts from (sent up, for districts; received by the ministry, for regions),
-- days late and status, as of evaluated_at_utc (the last load or check of the quarter).
SELECT @place(p),
       dl.full_date AS deadline, acc.full_date AS accepted_on, t.days_late,
       t.status, k.name_kk AS status_name_kk, k.name_ru AS status_name_ru,
       CASE WHEN t.status IN ('on_time', 'late') THEN 1 ELSE 0 END AS received,
       CASE WHEN t.status = 'on_time' THEN 1 ELSE 0 END AS on_time,
       CASE WHEN t.status = 'late' THEN 1 ELSE 0 END AS late,
       CASE WHEN t.status = 'missing' THEN 1 ELSE 0 END AS missing,
       t.first_submission_key, t.evaluated_at_utc
FROM fact_submission_timeliness AS t
JOIN v_place AS p ON p.region_sk = t.region_sk AND p.quarter_key = t.quarter_key
JOIN dim_date AS dl ON dl.date_key = t.deadline_key
LEFT JOIN dim_date AS acc ON acc.date_key = t.first_accepted_date_key
JOIN dim_code_label AS k ON k.code_list = 'timeliness_status' AND k.code = t.status
