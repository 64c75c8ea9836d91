-- Every administrative unit as it is today (its current version), with its region and, for the
-- regions, their population: the place table for Power BI and for rates per 10,000 people.
SELECT u.kato_code AS unit_kato, u.name_kk AS unit_name_kk, u.name_ru AS unit_name_ru,
       u.unit_kind, k.name_kk AS unit_kind_name_kk, k.name_ru AS unit_kind_name_ru, u.level, u.reporting_tier,
       u.region_kato, g.name_kk AS region_name_kk, g.name_ru AS region_name_ru,
       u.population, u.population_year, u.population_source
FROM dim_region AS u
JOIN dim_code_label AS k ON k.code_list = 'unit_kind' AND k.code = u.unit_kind
LEFT JOIN dim_region AS g ON g.kato_code = u.region_kato AND g.is_current = 1
WHERE u.is_current = 1
