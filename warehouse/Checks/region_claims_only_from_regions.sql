-- Only a region (tier 2) reports consolidated figures for its territory.
SELECT DISTINCT s.submission_key, s.unit_kato, s.tier
FROM fact_region_claim AS c
JOIN dim_submission AS s ON s.submission_key = c.submission_key
WHERE s.tier <> 2
