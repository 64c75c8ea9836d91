-- Every day from 1 January 2017 to 31 December 2040 without a gap: the date table for Power BI,
-- with the period hierarchy (year, half, quarter, month) and its names in Kazakh and Russian.
SELECT d.date_key, d.full_date AS calendar_date, d.year, d.half, d.quarter, d.quarter_key, d.month,
       d.month_name_kk, d.month_name_ru, d.day_of_month, d.day_of_week, d.is_weekend,
       q.label_kk AS quarter_name_kk, q.label_ru AS quarter_name_ru, q.half_label_kk AS half_name_kk, q.half_label_ru AS half_name_ru
FROM dim_date AS d
JOIN dim_quarter AS q ON q.quarter_key = d.quarter_key
