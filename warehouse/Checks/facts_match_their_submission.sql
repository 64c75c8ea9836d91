-- Every fact row carries the unit version and quarter of the submission it came from.
WITH fact_keys AS (
    SELECT 'fact_subjects' AS fact, submission_key, region_sk, quarter_key FROM fact_subjects
    UNION ALL
    SELECT 'fact_programme', submission_key, region_sk, quarter_key FROM fact_programme
    UNION ALL
    SELECT 'fact_practice', submission_key, region_sk, quarter_key FROM fact_practice
    UNION ALL
    SELECT 'fact_region_claim', submission_key, region_sk, quarter_key FROM fact_region_claim
)
SELECT f.fact, f.submission_key, f.region_sk, f.quarter_key
FROM fact_keys AS f
JOIN dim_submission AS s ON s.submission_key = f.submission_key
WHERE s.region_sk <> f.region_sk
   OR s.quarter_key <> f.quarter_key
