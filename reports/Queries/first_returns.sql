-- The first accepted version of every return in a range of quarters: timeliness is judged on it.
-- Parameters: @from_quarter, @to_quarter (yyyyq).
SELECT unit_kato AS UnitKato, quarter_key AS QuarterKey, submission_key AS SubmissionKey,
       submitted_on_key AS SubmittedOnKey, received_date_key AS ReceivedDateKey
FROM dim_submission
WHERE version = 1
  AND quarter_key BETWEEN @from_quarter AND @to_quarter
