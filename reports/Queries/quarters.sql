-- The quarters of a range with their deadlines. Parameters: @from_quarter, @to_quarter (yyyyq).
SELECT quarter_key AS QuarterKey, half_key AS HalfKey, last_day_key AS LastDayKey,
       tier1_deadline_key AS Tier1DeadlineKey, tier2_deadline_key AS Tier2DeadlineKey,
       half_report_deadline_key AS HalfReportDeadlineKey
FROM dim_quarter
WHERE quarter_key BETWEEN @from_quarter AND @to_quarter
ORDER BY quarter_key
