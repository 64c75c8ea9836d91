-- No two versions of the same unit are valid on the same date.
SELECT earlier.kato_code,
       earlier.valid_from_key AS first_from,
       earlier.valid_to_key AS first_to,
       later.valid_from_key AS second_from,
       later.valid_to_key AS second_to
FROM dim_region AS earlier
JOIN dim_region AS later
    ON later.kato_code = earlier.kato_code
   AND later.region_sk > earlier.region_sk
WHERE earlier.valid_from_key <= later.valid_to_key
  AND later.valid_from_key <= earlier.valid_to_key
