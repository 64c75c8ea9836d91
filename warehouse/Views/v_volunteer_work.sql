-- The volunteer work of each return's programmes, projects and actions, by unit, quarter and
-- activity type, from the current version of each return: hours, hours per volunteer,
-- full-time equivalents and the replacement-cost value in tenge, counted as v_work_valuation says.
-- Blanks are left out of sums; hours per volunteer uses only the rows that reported both, so sum
-- hours_with_volunteers and volunteers_with_hours before dividing when adding rows up.
SELECT @place(p), p.activity_type_code, p.activity_type_name_kk, p.activity_type_name_ru,
       COUNT(*) AS items, COUNT(p.volunteer_hours) AS items_with_hours,
       SUM(CAST(p.volunteer_hours AS BIGINT)) AS volunteer_hours,
       SUM(CAST(CASE WHEN p.volunteers IS NOT NULL THEN p.volunteer_hours END AS BIGINT)) AS hours_with_volunteers,
       SUM(CAST(CASE WHEN p.volunteer_hours IS NOT NULL THEN p.volunteers END AS BIGINT)) AS volunteers_with_hours,
       CAST(SUM(CAST(CASE WHEN p.volunteers IS NOT NULL THEN p.volunteer_hours END AS BIGINT)) AS FLOAT)
           / NULLIF(SUM(CAST(CASE WHEN p.volunteer_hours IS NOT NULL THEN p.volunteers END AS BIGINT)), 0) AS hours_per_volunteer,
       CAST(SUM(CAST(p.volunteer_hours AS BIGINT)) AS FLOAT) / v.full_time_quarter_hours AS full_time_equivalents,
       v.hourly_wage_kzt, v.wage_period, v.monthly_wage_kzt,
       CAST(SUM(CAST(p.volunteer_hours AS BIGINT)) AS FLOAT) * v.hourly_wage_kzt AS replacement_value_kzt
FROM v_programmes AS p
JOIN v_work_valuation AS v ON v.quarter_key = p.quarter_key
GROUP BY @place(p), p.activity_type_code, p.activity_type_name_kk, p.activity_type_name_ru,
         v.full_time_quarter_hours, v.hourly_wage_kzt, v.wage_period, v.monthly_wage_kzt
