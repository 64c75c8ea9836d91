-- Which districts and cities have not sent a single return in the last four quarters?
-- The last four quarters end with the latest quarter that has a current return. A unit counts when
-- it was expected to report (tier 1: districts and cities of regional significance, due the 5th)
-- in at least one of those quarters and was received in none: quarters_missing are past the
-- deadline with nothing received, quarters_pending not yet due. A unit is named, and placed in its
-- region, as it stood in the latest of those quarters. By region, then unit, in KATO order.
WITH latest AS (
    SELECT MAX(year * 4 + quarter) AS quarter_seq
    FROM v_returns
    WHERE is_current = 1
),
recent AS (
    SELECT t.region_kato, t.region_name_ru, t.unit_kato, t.unit_name_kk, t.unit_name_ru, t.unit_kind,
           t.quarter_key, t.received, t.missing,
           CASE WHEN t.status = 'pending' THEN 1 ELSE 0 END AS pending,
           ROW_NUMBER() OVER (PARTITION BY t.unit_kato ORDER BY t.quarter_key DESC) AS newest_first
    FROM v_timeliness AS t
    JOIN latest AS l ON t.year * 4 + t.quarter BETWEEN l.quarter_seq - 3 AND l.quarter_seq
    WHERE t.reporting_tier = 1
),
per_unit AS (
    SELECT unit_kato, MIN(quarter_key) AS first_quarter_key, MAX(quarter_key) AS last_quarter_key,
           COUNT(*) AS quarters_expected, SUM(CAST(received AS BIGINT)) AS quarters_received,
           SUM(CAST(missing AS BIGINT)) AS quarters_missing, SUM(CAST(pending AS BIGINT)) AS quarters_pending
    FROM recent
    GROUP BY unit_kato
)
SELECT r.region_kato, r.region_name_ru, r.unit_kato, r.unit_name_kk, r.unit_name_ru, r.unit_kind,
       u.first_quarter_key, u.last_quarter_key, u.quarters_expected, u.quarters_missing, u.quarters_pending
FROM per_unit AS u
JOIN recent AS r ON r.unit_kato = u.unit_kato AND r.newest_first = 1
WHERE u.quarters_received = 0
ORDER BY r.region_kato, r.unit_kato
