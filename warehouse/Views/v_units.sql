-- Every administrative unit as it is today (its current version), with its region and the latest
-- population figure known for it (v_population for the calendar's last quarter, with its date):
-- the place table for Power BI. For a rate in a past period, take v_population of that quarter.
SELECT u.kato_code AS unit_kato, u.name_kk AS unit_name_kk, u.name_ru AS unit_name_ru,
       u.unit_kind, k.name_kk AS unit_kind_name_kk, k.name_ru AS unit_kind_name_ru, u.level, u.reporting_tier,
       u.region_kato, g.name_kk AS region_name_kk, g.name_ru AS region_name_ru,
       p.population, p.population_as_of, p.population_source
FROM dim_region AS u
JOIN dim_code_label AS k ON k.code_list = 'unit_kind' AND k.code = u.unit_kind
LEFT JOIN dim_region AS g ON g.kato_code = u.region_kato AND g.is_current = 1
LEFT JOIN v_population AS p ON p.unit_kato = u.kato_code AND p.quarter_key = (SELECT MAX(quarter_key) FROM dim_quarter)
WHERE u.is_current = 1
