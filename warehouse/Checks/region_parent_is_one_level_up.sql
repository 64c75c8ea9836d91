-- A unit's parent is exactly one level above it (country ▶ region ▶ district or city).
SELECT child.kato_code, child.level, parent.kato_code AS parent_kato_code, parent.level AS parent_level
FROM dim_region AS child
JOIN dim_region AS parent ON parent.kato_code = child.parent_kato_code
WHERE parent.level <> child.level - 1
