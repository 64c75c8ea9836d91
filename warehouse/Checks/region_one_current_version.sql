-- Every unit has at most one current version (a unit that was abolished has none).
SELECT kato_code,
       SUM(CAST(CASE WHEN is_current = 1 THEN 1 ELSE 0 END AS BIGINT)) AS current_versions
FROM dim_region
GROUP BY kato_code
HAVING SUM(CAST(CASE WHEN is_current = 1 THEN 1 ELSE 0 END AS BIGINT)) > 1
