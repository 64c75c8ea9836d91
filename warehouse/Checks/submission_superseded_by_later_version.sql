-- A superseded return points at a later version of the same unit and quarter.
SELECT superseded.submission_key, superseded.unit_kato, superseded.quarter_key, superseded.version,
       successor.version AS successor_version
FROM dim_submission AS superseded
JOIN dim_submission AS successor ON successor.submission_key = superseded.superseded_by_key
WHERE successor.unit_kato <> superseded.unit_kato
   OR successor.quarter_key <> superseded.quarter_key
   OR successor.version <= superseded.version
