-- Programmes, projects and actions, one row each, from the current version of each return.
-- @variant v_programmes_as_received: r.is_current = 1 => r.is_as_received = 1
SELECT @place(r), r.submission_key, r.version, r.received_on, f.source_row,
       f.programme_kind, k.name_kk AS programme_kind_name_kk, k.name_ru AS programme_kind_name_ru,
       f.title,
       act.code AS activity_type_code, act.name_kk AS activity_type_name_kk, act.name_ru AS activity_type_name_ru,
       sd.full_date AS start_date, ed.full_date AS end_date,
       f.state_partner, f.in_partnership AS with_state_partner,
       f.volunteers, f.beneficiaries, f.volunteer_hours, f.funding_kzt
FROM fact_programme AS f
JOIN v_returns AS r ON r.submission_key = f.submission_key
JOIN dim_code_label AS k ON k.code_list = 'programme_kind' AND k.code = f.programme_kind
JOIN dim_activity_type AS act ON act.activity_type_key = f.activity_type_key
JOIN dim_date AS sd ON sd.date_key = f.start_date_key
LEFT JOIN dim_date AS ed ON ed.date_key = f.end_date_key
WHERE r.is_current = 1
