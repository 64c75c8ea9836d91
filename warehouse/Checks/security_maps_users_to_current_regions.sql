-- Every regional analyst's mapping names a region (level 1) in force today: a mistyped code would silently show them nothing.
SELECT m.user_name, m.region_kato
FROM sec_user_region AS m
WHERE NOT EXISTS (
    SELECT 1
    FROM dim_region AS r
    WHERE r.kato_code = m.region_kato
      AND r.level = 1
      AND r.is_current = 1)
