-- How many volunteers are there per 10,000 people in each region, this half against the half before?
-- "This half" is the latest half with a current return in the warehouse (half keys are yyyyh, e.g.
-- 20261). Volunteers are counted as the semi-annual report counts them: subjects of type
-- 'volunteer' reported for the half's last quarter (Q2 or Q4: a stock, not summed over quarters),
-- over every current return of the region's territory. Each half's rate uses the population that
-- counts for its last quarter (v_population: the latest figure by then), whose date is given; it is
-- NULL where no population is known or nothing was reported for that quarter, never 0. One row per
-- region, the highest rate this half first.
WITH this_half AS (
    SELECT MAX(year * 10 + half) AS half_key
    FROM v_returns
    WHERE is_current = 1
),
halves AS (
    SELECT half_key AS this_half_key,
           CASE WHEN half_key % 10 = 2 THEN half_key - 1 ELSE half_key - 9 END AS last_half_key
    FROM this_half
),
volunteers AS (
    SELECT s.region_kato, s.year * 10 + s.half AS half_key,
           MAX(s.region_name_kk) AS region_name_kk, MAX(s.region_name_ru) AS region_name_ru,
           SUM(CAST(s.subjects AS BIGINT)) AS volunteers
    FROM v_subjects AS s
    JOIN halves AS h ON s.year * 10 + s.half IN (h.this_half_key, h.last_half_key)
    WHERE s.subject_type_code = 'volunteer'
      AND s.quarter = s.half * 2
    GROUP BY s.region_kato, s.year * 10 + s.half
),
regions AS (
    SELECT unit_kato AS region_kato FROM v_units WHERE level = 1
    UNION
    SELECT region_kato FROM volunteers
),
final AS (
    SELECT r.region_kato,
           COALESCE(u.region_name_kk, cur.region_name_kk, prev.region_name_kk) AS region_name_kk,
           COALESCE(u.region_name_ru, cur.region_name_ru, prev.region_name_ru) AS region_name_ru,
           pc.population, pc.population_as_of,
           h.this_half_key, cur.volunteers AS volunteers_this_half,
           ROUND(CAST(cur.volunteers AS FLOAT) * 10000 / NULLIF(pc.population, 0), 2) AS per_10000_this_half,
           h.last_half_key, prev.volunteers AS volunteers_last_half, pp.population AS population_last_half,
           ROUND(CAST(prev.volunteers AS FLOAT) * 10000 / NULLIF(pp.population, 0), 2) AS per_10000_last_half
    FROM regions AS r
    CROSS JOIN halves AS h
    LEFT JOIN v_units AS u ON u.unit_kato = r.region_kato
    LEFT JOIN v_population AS pc ON pc.unit_kato = r.region_kato AND pc.quarter_key = (h.this_half_key / 10) * 10 + (h.this_half_key % 10) * 2
    LEFT JOIN v_population AS pp ON pp.unit_kato = r.region_kato AND pp.quarter_key = (h.last_half_key / 10) * 10 + (h.last_half_key % 10) * 2
    LEFT JOIN volunteers AS cur ON cur.region_kato = r.region_kato AND cur.half_key = h.this_half_key
    LEFT JOIN volunteers AS prev ON prev.region_kato = r.region_kato AND prev.half_key = h.last_half_key
)
SELECT region_kato, region_name_kk, region_name_ru, population, population_as_of,
       this_half_key, volunteers_this_half, per_10000_this_half,
       last_half_key, volunteers_last_half, population_last_half, per_10000_last_half,
       ROUND(per_10000_this_half - per_10000_last_half, 2) AS per_10000_change
FROM final
ORDER BY COALESCE(per_10000_this_half, -1) DESC, region_kato
