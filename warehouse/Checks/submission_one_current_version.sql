-- Every unit and quarter with accepted returns has exactly one current version, and it is the latest.
SELECT unit_kato, quarter_key,
       SUM(CAST(CASE WHEN status = 'current' THEN 1 ELSE 0 END AS BIGINT)) AS current_versions,
       MAX(version) AS latest_version,
       MAX(CASE WHEN status = 'current' THEN version END) AS current_version
FROM dim_submission
GROUP BY unit_kato, quarter_key
HAVING SUM(CAST(CASE WHEN status = 'current' THEN 1 ELSE 0 END AS BIGINT)) <> 1
    OR MAX(version) <> MAX(CASE WHEN status = 'current' THEN version END)
