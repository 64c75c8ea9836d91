-- How each quarter's volunteer hours are counted and valued (v_work_valuation): full-time hours and
-- the wage figure that counts for the quarter, with its period and source. Parameters: @from_quarter, @to_quarter (yyyyq).
SELECT quarter_key AS QuarterKey, full_time_week_hours AS FullTimeWeekHours, full_time_quarter_hours AS FullTimeQuarterHours,
       wage_measure_name_kk AS WageMeasureNameKk, wage_measure_name_ru AS WageMeasureNameRu, wage_period AS WagePeriod,
       monthly_wage_kzt AS MonthlyWageKzt, wage_source AS WageSource, hourly_wage_kzt AS HourlyWageKzt
FROM v_work_valuation
WHERE quarter_key BETWEEN @from_quarter AND @to_quarter
ORDER BY quarter_key
