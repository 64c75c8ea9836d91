-- The regions (level 1) valid on a date, with names and the population that counts for a quarter
-- (v_population: the latest figure by the quarter's end), with its date and source.
-- Parameters: @date_key (yyyymmdd), @quarter_key (yyyyq).
SELECT r.kato_code AS Kato, r.name_kk AS NameKk, r.name_ru AS NameRu, r.name_en AS NameEn,
       p.population AS Population, p.population_as_of_key AS PopulationAsOfKey, p.population_source AS PopulationSource
FROM dim_region AS r
LEFT JOIN v_population AS p ON p.unit_kato = r.kato_code AND p.quarter_key = @quarter_key
WHERE r.level = 1
  AND @date_key BETWEEN r.valid_from_key AND r.valid_to_key
ORDER BY r.kato_code
