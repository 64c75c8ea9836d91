-- The wage figure of each measure that counts for each quarter, by the rule of
-- v_figure_for_quarter: the latest whose period ended by the quarter's end, else the earliest.
-- Figures are loaded with `vdw refdata import`.
SELECT f.quarter_key, f.subject AS measure, k.name_kk AS measure_name_kk, k.name_ru AS measure_name_ru,
       f.period AS wage_period, f.figure AS monthly_wage_kzt, f.source AS wage_source
FROM v_figure_for_quarter AS f
JOIN dim_code_label AS k ON k.code_list = 'wage_measure' AND k.code = f.subject
WHERE f.series = 'wage'
