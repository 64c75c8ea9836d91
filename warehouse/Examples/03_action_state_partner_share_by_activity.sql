-- What share of the actions carried out this half had a state body as partner, by activity type?
-- "This half" is the latest half with a current return in the warehouse (half key yyyyh). Counts
-- are actions (programme_kind 'action', one row each in the current returns of both quarters of
-- the half, flows are summed); share_percent is those with a state partner per 100 actions. The
-- last row, activity_type_code NULL, is all activity types together.
WITH this_half AS (
    SELECT MAX(year * 10 + half) AS half_key
    FROM v_returns
    WHERE is_current = 1
),
actions AS (
    SELECT p.activity_type_code, p.activity_type_name_kk, p.activity_type_name_ru,
           CASE WHEN p.with_state_partner = 1 THEN 1 ELSE 0 END AS with_state_partner
    FROM v_programmes AS p
    JOIN this_half AS h ON p.year * 10 + p.half = h.half_key
    WHERE p.programme_kind = 'action'
),
by_type AS (
    SELECT 0 AS is_total, activity_type_code, activity_type_name_kk, activity_type_name_ru,
           COUNT(*) AS actions, SUM(CAST(with_state_partner AS BIGINT)) AS with_state_partner
    FROM actions
    GROUP BY activity_type_code, activity_type_name_kk, activity_type_name_ru
    UNION ALL
    SELECT 1, NULL, NULL, NULL, COUNT(*), SUM(CAST(with_state_partner AS BIGINT))
    FROM actions
)
SELECT b.activity_type_code, b.activity_type_name_kk, b.activity_type_name_ru, h.half_key,
       b.actions, b.with_state_partner,
       ROUND(CAST(b.with_state_partner AS FLOAT) * 100 / NULLIF(b.actions, 0), 1) AS share_percent
FROM by_type AS b
CROSS JOIN this_half AS h
ORDER BY b.is_total, b.activity_type_code
