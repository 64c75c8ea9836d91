-- Where and when a row belongs: every unit version with every quarter that ends while it is
-- valid, the region it counts for (dim_region.region_kato) with that region's names as they stood
-- at the quarter's end, and the period's names. The other views join to it on (region_sk,
-- quarter_key) and carry its columns as @place.
-- The unit and the quarter make the row; the region's and the country's names are looked up with
-- LEFT JOINs (their versions always exist: vdw check tests every parent valid on every date of its
-- children), so that a query filtering on region_kato reaches the unit's rows without them.
SELECT u.region_sk, q.quarter_key,
       q.year, q.half, q.quarter, q.label_kk AS quarter_name_kk, q.label_ru AS quarter_name_ru,
       q.half_label_kk AS half_name_kk, q.half_label_ru AS half_name_ru,
       c.kato_code AS country_kato, c.name_kk AS country_name_kk, c.name_ru AS country_name_ru,
       u.region_kato, g.name_kk AS region_name_kk, g.name_ru AS region_name_ru,
       CASE WHEN u.level = 2 THEN u.kato_code END AS district_kato,
       CASE WHEN u.level = 2 THEN u.name_kk END AS district_name_kk,
       CASE WHEN u.level = 2 THEN u.name_ru END AS district_name_ru,
       u.kato_code AS unit_kato, u.name_kk AS unit_name_kk, u.name_ru AS unit_name_ru, u.unit_kind, u.reporting_tier
FROM dim_region AS u
JOIN dim_quarter AS q ON q.last_day_key BETWEEN u.valid_from_key AND u.valid_to_key
LEFT JOIN dim_region AS g ON g.kato_code = u.region_kato AND q.last_day_key BETWEEN g.valid_from_key AND g.valid_to_key
LEFT JOIN dim_region AS c ON c.kato_code = g.parent_kato_code AND q.last_day_key BETWEEN c.valid_from_key AND c.valid_to_key
WHERE u.level > 0
