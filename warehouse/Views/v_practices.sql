-- Positive experience, problems and proposals (with their area of §6.3 of the Rules), one row
-- each, from the current version of each return. Titles and texts are as submitted.
-- @variant v_practices_as_received: r.is_current = 1 => r.is_as_received = 1
SELECT @place(r), r.submission_key, r.version, r.received_on, f.source_row,
       f.practice_kind, k.name_kk AS practice_kind_name_kk, k.name_ru AS practice_kind_name_ru,
       f.proposal_area, a.name_kk AS proposal_area_name_kk, a.name_ru AS proposal_area_name_ru,
       act.code AS activity_type_code, act.name_kk AS activity_type_name_kk, act.name_ru AS activity_type_name_ru,
       f.title, f.practice_text
FROM fact_practice AS f
JOIN v_returns AS r ON r.submission_key = f.submission_key
JOIN dim_code_label AS k ON k.code_list = 'practice_kind' AND k.code = f.practice_kind
LEFT JOIN dim_code_label AS a ON a.code_list = 'proposal_area' AND a.code = f.proposal_area
LEFT JOIN dim_activity_type AS act ON act.activity_type_key = f.activity_type_key
WHERE r.is_current = 1
