-- How an hour of volunteer work is counted in each quarter (ILO Manual on the Measurement of
-- Volunteer Work, 2011): full time is 40 hours a week (Labour Code of the Republic of Kazakhstan,
-- art. 68), 520 hours a quarter of 13 weeks, so full-time equivalents = hours / 520 a quarter; an
-- hour is valued at replacement cost, the average monthly nominal wage that counts for the quarter
-- (v_wage) × 3 months / 520 hours — the economy-wide average, as a return does not say which
-- occupation each hour stood in for. The one place these are set: v_volunteer_work and the reports
-- read them from here. A quarter without a wage figure has a NULL wage and no value.
SELECT q.quarter_key, s.full_time_week_hours, s.full_time_week_hours * 13 AS full_time_quarter_hours,
       w.measure AS wage_measure, w.measure_name_kk AS wage_measure_name_kk, w.measure_name_ru AS wage_measure_name_ru,
       w.wage_period, w.monthly_wage_kzt, w.wage_source,
       CAST(w.monthly_wage_kzt AS FLOAT) * 3 / (s.full_time_week_hours * 13) AS hourly_wage_kzt
FROM dim_quarter AS q
CROSS JOIN (SELECT 40 AS full_time_week_hours) AS s
LEFT JOIN v_wage AS w ON w.quarter_key = q.quarter_key AND w.measure = 'average_monthly_nominal_wage'
