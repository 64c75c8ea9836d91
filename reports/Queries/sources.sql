-- The returns a report is computed from (current versions), with their files and times, and how
-- many versions each unit and quarter has had. Parameters: @from_quarter, @to_quarter (yyyyq).
SELECT s.unit_kato AS UnitKato, u.name_kk AS UnitNameKk, u.name_ru AS UnitNameRu, s.quarter_key AS QuarterKey,
       s.version AS Version, s.status AS Status, s.file_name AS FileName, s.package_name AS PackageName,
       s.received_at_utc AS ReceivedAtUtc, s.loaded_at_utc AS LoadedAtUtc
FROM dim_submission AS s
JOIN dim_region AS u ON u.region_sk = s.region_sk
WHERE s.status = 'current'
  AND s.quarter_key BETWEEN @from_quarter AND @to_quarter
ORDER BY s.quarter_key, s.unit_kato
