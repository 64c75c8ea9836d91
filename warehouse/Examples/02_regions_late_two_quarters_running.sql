-- Which regions were late or missing with their quarterly return two quarters running?
-- Regions report to the ministry (tier 2, due the 10th of the month after the quarter); a region
-- is late when the ministry received its first accepted return after that, missing when none came
-- by the time the quarter was last evaluated. One row per region and quarter where it was late or
-- missing in that quarter and in the quarter just before (a quarter not evaluated breaks the run;
-- three quarters running give two rows). Latest quarter first.
WITH tier2 AS (
    SELECT region_kato, region_name_kk, region_name_ru, quarter_key, year * 4 + quarter AS quarter_seq,
           status, days_late
    FROM v_timeliness
    WHERE reporting_tier = 2
),
runs AS (
    SELECT region_kato, region_name_kk, region_name_ru, quarter_key, quarter_seq, status, days_late,
           LAG(quarter_key) OVER (PARTITION BY region_kato ORDER BY quarter_seq) AS previous_quarter_key,
           LAG(quarter_seq) OVER (PARTITION BY region_kato ORDER BY quarter_seq) AS previous_quarter_seq,
           LAG(status) OVER (PARTITION BY region_kato ORDER BY quarter_seq) AS previous_status,
           LAG(days_late) OVER (PARTITION BY region_kato ORDER BY quarter_seq) AS previous_days_late
    FROM tier2
)
SELECT region_kato, region_name_kk, region_name_ru,
       previous_quarter_key, previous_status, previous_days_late,
       quarter_key, status, days_late
FROM runs
WHERE status IN ('late', 'missing')
  AND previous_status IN ('late', 'missing')
  AND previous_quarter_seq = quarter_seq - 1
ORDER BY quarter_key DESC, region_kato
