-- Every unit has at most one current version (a unit that was abolished has none).
SELECT kato_code,
       SUM(CASE WHEN is_current = 1 THEN 1 ELSE 0 END) AS current_versions
FROM dim_region
GROUP BY kato_code
HAVING SUM(CASE WHEN is_current = 1 THEN 1 ELSE 0 END) > 1
