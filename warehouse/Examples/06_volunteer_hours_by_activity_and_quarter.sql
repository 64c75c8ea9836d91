-- How many volunteer hours did programmes, projects and actions give, by activity type and quarter?
-- The last four quarters, ending with the latest quarter that has a current return; every row of
-- the current returns counts once. items counts programmes, projects and actions; volunteer_hours
-- and volunteers are sums of what was reported (blanks left out, so items_with_hours says how many
-- reported hours); hours_per_volunteer uses only the rows that reported both. Quarter, then
-- activity type.
WITH latest AS (
    SELECT MAX(year * 4 + quarter) AS quarter_seq
    FROM v_returns
    WHERE is_current = 1
)
SELECT p.quarter_key, p.activity_type_code, p.activity_type_name_kk, p.activity_type_name_ru,
       COUNT(*) AS items,
       SUM(CAST(CASE WHEN p.programme_kind = 'programme' THEN 1 ELSE 0 END AS BIGINT)) AS programmes,
       SUM(CAST(CASE WHEN p.programme_kind = 'project' THEN 1 ELSE 0 END AS BIGINT)) AS projects,
       SUM(CAST(CASE WHEN p.programme_kind = 'action' THEN 1 ELSE 0 END AS BIGINT)) AS actions,
       COUNT(p.volunteer_hours) AS items_with_hours,
       SUM(CAST(p.volunteer_hours AS BIGINT)) AS volunteer_hours,
       SUM(CAST(p.volunteers AS BIGINT)) AS volunteers,
       ROUND(CAST(SUM(CAST(CASE WHEN p.volunteers IS NOT NULL THEN p.volunteer_hours END AS BIGINT)) AS FLOAT)
             / NULLIF(SUM(CAST(CASE WHEN p.volunteer_hours IS NOT NULL THEN p.volunteers END AS BIGINT)), 0), 1) AS hours_per_volunteer
FROM v_programmes AS p
JOIN latest AS l ON p.year * 4 + p.quarter BETWEEN l.quarter_seq - 3 AND l.quarter_seq
GROUP BY p.quarter_key, p.activity_type_code, p.activity_type_name_kk, p.activity_type_name_ru
ORDER BY p.quarter_key, p.activity_type_code
