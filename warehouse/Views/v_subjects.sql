-- Subjects of volunteer activity by unit, quarter, subject type and activity type, from the
-- current version of each return. A blank count stays NULL ("not reported"), apart from 0.
-- @variant v_subjects_as_received: r.is_current = 1 => r.is_as_received = 1
SELECT @place(r), r.submission_key, r.version, r.received_on,
       st.code AS subject_type_code, st.name_kk AS subject_type_name_kk, st.name_ru AS subject_type_name_ru,
       act.code AS activity_type_code, act.name_kk AS activity_type_name_kk, act.name_ru AS activity_type_name_ru,
       f.subjects, f.people, f.new_subjects
FROM fact_subjects AS f
JOIN v_returns AS r ON r.submission_key = f.submission_key
JOIN dim_subject_type AS st ON st.subject_type_key = f.subject_type_key
JOIN dim_activity_type AS act ON act.activity_type_key = f.activity_type_key
WHERE r.is_current = 1
