-- The returns a report is computed from (current versions, from v_returns), with their files and
-- times, and how many versions each unit and quarter has had. Parameters: @from_quarter, @to_quarter (yyyyq).
SELECT r.unit_kato AS UnitKato, r.unit_name_kk AS UnitNameKk, r.unit_name_ru AS UnitNameRu, r.quarter_key AS QuarterKey,
       r.version AS Version, r.status AS Status, r.file_name AS FileName, r.package_name AS PackageName,
       s.received_at_utc AS ReceivedAtUtc, s.loaded_at_utc AS LoadedAtUtc
FROM v_returns AS r
JOIN dim_submission AS s ON s.submission_key = r.submission_key
WHERE r.is_current = 1
  AND r.quarter_key BETWEEN @from_quarter AND @to_quarter
ORDER BY r.quarter_key, r.unit_kato
