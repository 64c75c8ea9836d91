-- How many volunteer hours did programmes, projects and actions give, and what were they worth?
-- By activity type and quarter, the last four quarters, ending with the latest quarter that has a
-- current return; every row of the current returns counts once (v_volunteer_work). items counts
-- programmes, projects and actions; volunteer_hours and volunteers_with_hours are sums of what was
-- reported (blanks left out, so items_with_hours says how many reported hours); hours_per_volunteer
-- uses only the rows that reported both. Full-time equivalents and the replacement-cost value in
-- tenge are counted as v_work_valuation sets out (40-hour week; the quarter's average monthly wage).
-- Quarter, then activity type.
WITH latest AS (
    SELECT MAX(year * 4 + quarter) AS quarter_seq
    FROM v_returns
    WHERE is_current = 1
)
SELECT w.quarter_key, w.activity_type_code, w.activity_type_name_kk, w.activity_type_name_ru,
       SUM(CAST(w.items AS BIGINT)) AS items,
       SUM(CAST(w.items_with_hours AS BIGINT)) AS items_with_hours,
       SUM(CAST(w.volunteer_hours AS BIGINT)) AS volunteer_hours,
       SUM(CAST(w.volunteers_with_hours AS BIGINT)) AS volunteers_with_hours,
       ROUND(CAST(SUM(CAST(w.hours_with_volunteers AS BIGINT)) AS FLOAT) / NULLIF(SUM(CAST(w.volunteers_with_hours AS BIGINT)), 0), 1) AS hours_per_volunteer,
       ROUND(SUM(CAST(w.full_time_equivalents AS FLOAT)), 2) AS full_time_equivalents,
       ROUND(SUM(CAST(w.replacement_value_kzt AS FLOAT)), 0) AS replacement_value_kzt,
       MAX(w.wage_period) AS wage_period
FROM v_volunteer_work AS w
JOIN latest AS l ON w.year * 4 + w.quarter BETWEEN l.quarter_seq - 3 AND l.quarter_seq
GROUP BY w.quarter_key, w.activity_type_code, w.activity_type_name_kk, w.activity_type_name_ru
ORDER BY w.quarter_key, w.activity_type_code
