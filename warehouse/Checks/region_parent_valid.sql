-- Every region, district and city has its parent unit valid on every date of its own version.
-- A gap can only open where the version starts or on the day after one of its parent's versions
-- ends, so those are the days checked.
WITH child AS (
    SELECT kato_code, parent_kato_code, valid_from_key, valid_to_key
    FROM dim_region
    WHERE level > 0
),
checked_day AS (
    SELECT c.kato_code, c.parent_kato_code, c.valid_from_key AS day_key
    FROM child AS c
    UNION ALL
    SELECT c.kato_code, c.parent_kato_code,
           (SELECT MIN(d.date_key) FROM dim_date AS d WHERE d.date_key > p.valid_to_key) AS day_key
    FROM child AS c
    JOIN dim_region AS p
        ON p.kato_code = c.parent_kato_code
       AND p.valid_to_key >= c.valid_from_key
       AND p.valid_to_key < c.valid_to_key
),
final AS (
    SELECT k.kato_code, k.parent_kato_code, k.day_key
    FROM checked_day AS k
    WHERE k.day_key IS NOT NULL
      AND NOT EXISTS (
          SELECT 1
          FROM dim_region AS p
          WHERE p.kato_code = k.parent_kato_code
            AND k.day_key BETWEEN p.valid_from_key AND p.valid_to_key)
)
SELECT kato_code, parent_kato_code, day_key FROM final
