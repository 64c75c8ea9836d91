-- A return is joined to the version of its unit valid at its quarter's end.
SELECT s.submission_key, s.unit_kato, s.quarter_key, r.kato_code, r.valid_from_key, r.valid_to_key
FROM dim_submission AS s
JOIN dim_quarter AS q ON q.quarter_key = s.quarter_key
JOIN dim_region AS r ON r.region_sk = s.region_sk
WHERE r.kato_code <> s.unit_kato
   OR q.last_day_key NOT BETWEEN r.valid_from_key AND r.valid_to_key
