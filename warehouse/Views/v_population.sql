-- The population that counts for each unit (region, district or city) in each quarter, by the rule
-- of v_figure_for_quarter: the latest figure dated by the quarter's end, else the earliest. Rates
-- per 10,000 people in the reports, the views and the example queries all take the figure from
-- here, with its date and source, so that a reader sees how old it is. Figures are loaded with
-- `vdw refdata import`; a unit without any has no row.
SELECT f.quarter_key, f.subject AS unit_kato, f.figure AS population, d.full_date AS population_as_of,
       f.dated_key AS population_as_of_key, f.source AS population_source
FROM v_figure_for_quarter AS f
JOIN dim_date AS d ON d.date_key = f.dated_key
WHERE f.series = 'population'
