-- The wage figure of each measure that counts for each quarter: the latest whose period ended on
-- or before the quarter's last day or, where none had, the earliest — the rule v_population
-- follows for people. Figures are loaded with `vdw refdata import`.
SELECT x.quarter_key, x.measure, k.name_kk AS measure_name_kk, k.name_ru AS measure_name_ru,
       x.period AS wage_period, x.value_kzt AS monthly_wage_kzt, x.source AS wage_source
FROM (
    SELECT q.quarter_key, w.measure, w.period, w.value_kzt, w.source,
           ROW_NUMBER() OVER (PARTITION BY q.quarter_key, w.measure
                              ORDER BY CASE WHEN w.period_to_key <= q.last_day_key THEN 0 ELSE 1 END,
                                       CASE WHEN w.period_to_key <= q.last_day_key THEN -w.period_to_key ELSE w.period_to_key END) AS preference
    FROM dim_quarter AS q
    CROSS JOIN ref_wage AS w
) AS x
JOIN dim_code_label AS k ON k.code_list = 'wage_measure' AND k.code = x.measure
WHERE x.preference = 1
