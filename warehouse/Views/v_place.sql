-- Where and when a row belongs: every unit version with every quarter that ends while it is
-- valid, its region as it stood at the quarter's end, and the period's names. The other views
-- join to it on (region_sk, quarter_key) and carry its columns as @place.
SELECT u.region_sk, q.quarter_key,
       q.year, q.half, q.quarter, q.label_kk AS quarter_name_kk, q.label_ru AS quarter_name_ru,
       q.half_label_kk AS half_name_kk, q.half_label_ru AS half_name_ru,
       c.kato_code AS country_kato, c.name_kk AS country_name_kk, c.name_ru AS country_name_ru,
       g.kato_code AS region_kato, g.name_kk AS region_name_kk, g.name_ru AS region_name_ru,
       CASE WHEN u.level = 2 THEN u.kato_code END AS district_kato,
       CASE WHEN u.level = 2 THEN u.name_kk END AS district_name_kk,
       CASE WHEN u.level = 2 THEN u.name_ru END AS district_name_ru,
       u.kato_code AS unit_kato, u.name_kk AS unit_name_kk, u.name_ru AS unit_name_ru, u.unit_kind, u.reporting_tier
FROM dim_region AS u
JOIN dim_quarter AS q ON q.last_day_key BETWEEN u.valid_from_key AND u.valid_to_key
JOIN dim_region AS g ON g.kato_code = CASE WHEN u.level = 1 THEN u.kato_code ELSE u.parent_kato_code END
                    AND q.last_day_key BETWEEN g.valid_from_key AND g.valid_to_key
JOIN dim_region AS c ON c.level = 0
WHERE u.level > 0
