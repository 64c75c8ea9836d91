-- Timeliness rows are kept for the unit version valid at the quarter's end, at that unit's tier.
SELECT t.quarter_key, t.region_sk, r.kato_code, t.tier, r.reporting_tier
FROM fact_submission_timeliness AS t
JOIN dim_quarter AS q ON q.quarter_key = t.quarter_key
JOIN dim_region AS r ON r.region_sk = t.region_sk
WHERE q.last_day_key NOT BETWEEN r.valid_from_key AND r.valid_to_key
   OR r.reporting_tier IS NULL
   OR r.reporting_tier <> t.tier
