-- Which published reference figure counts for a quarter: of a series' figures for one subject (a
-- unit's population, a wage measure), the latest dated on or before the quarter's last day or,
-- where there is none that early, the earliest. The one rule v_population and v_wage read; a
-- figure's date is the day it counts people for, or the last day of the period a wage is for.
SELECT x.quarter_key, x.series, x.subject, x.figure, x.dated_key, x.period, x.source
FROM (
    SELECT q.quarter_key, f.series, f.subject, f.figure, f.dated_key, f.period, f.source,
           ROW_NUMBER() OVER (PARTITION BY q.quarter_key, f.series, f.subject
                              ORDER BY CASE WHEN f.dated_key <= q.last_day_key THEN 0 ELSE 1 END,
                                       CASE WHEN f.dated_key <= q.last_day_key THEN -f.dated_key ELSE f.dated_key END) AS preference
    FROM dim_quarter AS q
    CROSS JOIN (
        SELECT 'population' AS series, p.kato_code AS subject, CAST(p.population AS BIGINT) AS figure, p.as_of_key AS dated_key,
               CAST(NULL AS NVARCHAR(6)) AS period, p.source
        FROM ref_population AS p
        UNION ALL
        SELECT 'wage', w.measure, CAST(w.value_kzt AS BIGINT), w.period_to_key, w.period, w.source
        FROM ref_wage AS w
    ) AS f
) AS x
WHERE x.preference = 1
