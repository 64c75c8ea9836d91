-- Every accepted version of every quarterly return, with its place and period, and two flags:
-- is_current marks the version the reports count; is_as_received the version that stood at its
-- deadline (the latest one sent up by then: a district's by the 5th, a region's by the 10th, each
-- counted from the day v_sent_up gives it) — 0 for every version of a return that came late.
-- The return and its place make the row; its dates and deadline are looked up with LEFT JOINs (each
-- key is a foreign key, so one always matches), so that the views and report queries that read only
-- which returns are current, and where they count, do not pay for them.
SELECT @place(p),
       s.submission_key, s.version, s.status,
       CASE WHEN s.status = 'current' THEN 1 ELSE 0 END AS is_current,
       CASE WHEN su.sent_up_key <= dl.date_key
                 AND NOT EXISTS (
                     SELECT 1
                     FROM v_sent_up AS later
                     WHERE later.unit_kato = s.unit_kato
                       AND later.quarter_key = s.quarter_key
                       AND later.version > s.version
                       AND later.sent_up_key <= dl.date_key)
            THEN 1 ELSE 0 END AS is_as_received,
       sent.full_date AS submitted_on, recv.full_date AS received_on, dl.full_date AS deadline,
       s.file_name, s.package_name
FROM dim_submission AS s
JOIN v_sent_up AS su ON su.submission_key = s.submission_key
JOIN v_place AS p ON p.region_sk = s.region_sk AND p.quarter_key = s.quarter_key
LEFT JOIN dim_quarter AS q ON q.quarter_key = s.quarter_key
LEFT JOIN dim_date AS sent ON sent.date_key = s.submitted_on_key
LEFT JOIN dim_date AS recv ON recv.date_key = s.received_date_key
LEFT JOIN dim_date AS dl ON dl.date_key = CASE WHEN s.tier = 1 THEN q.tier1_deadline_key ELSE q.tier2_deadline_key END
