-- The regions (level 1) valid on a date, with names and the latest known population.
-- Parameter: @date_key (yyyymmdd).
SELECT r.kato_code AS Kato, r.name_kk AS NameKk, r.name_ru AS NameRu, r.name_en AS NameEn,
       r.population AS Population, r.population_year AS PopulationYear
FROM dim_region AS r
WHERE r.level = 1
  AND @date_key BETWEEN r.valid_from_key AND r.valid_to_key
ORDER BY r.kato_code
