-- The population that counts for each unit (region, district or city) in each quarter: the latest
-- figure dated on or before the quarter's last day or, where the unit has none that early, its
-- earliest. Rates per 10,000 people in the reports, the views and the example queries all take the
-- figure from here, with its date and source, so that a reader sees how old it is. Figures are
-- loaded with `vdw refdata import`; a unit without any has no row.
SELECT x.quarter_key, x.unit_kato, x.population, d.full_date AS population_as_of, x.as_of_key AS population_as_of_key,
       x.population_source
FROM (
    SELECT q.quarter_key, p.kato_code AS unit_kato, p.population, p.as_of_key, p.source AS population_source,
           ROW_NUMBER() OVER (PARTITION BY q.quarter_key, p.kato_code
                              ORDER BY CASE WHEN p.as_of_key <= q.last_day_key THEN 0 ELSE 1 END,
                                       CASE WHEN p.as_of_key <= q.last_day_key THEN -p.as_of_key ELSE p.as_of_key END) AS preference
    FROM dim_quarter AS q
    CROSS JOIN ref_population AS p
) AS x
JOIN dim_date AS d ON d.date_key = x.as_of_key
WHERE x.preference = 1
