-- Every expected unit's timeliness in a range of quarters as last evaluated (the report evaluates
-- its own quarters as of its time first), with the unit and the region it counts for.
-- Parameters: @from_quarter, @to_quarter (yyyyq).
SELECT t.quarter_key AS QuarterKey, u.kato_code AS UnitKato, u.region_kato AS RegionKato, t.region_sk AS RegionSk,
       t.tier AS Tier, t.deadline_key AS DeadlineKey, t.first_submission_key AS FirstSubmissionKey,
       t.first_accepted_date_key AS AcceptedDateKey, t.days_late AS DaysLate, t.status AS Status,
       t.evaluated_at_utc AS EvaluatedAtUtc
FROM fact_submission_timeliness AS t
JOIN dim_region AS u ON u.region_sk = t.region_sk
WHERE t.quarter_key BETWEEN @from_quarter AND @to_quarter
ORDER BY t.quarter_key, u.kato_code
