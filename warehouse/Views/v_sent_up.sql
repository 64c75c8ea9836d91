-- The day each version of a return counts as sent up to the next tier: the one rule timeliness
-- (fact_submission_timeliness) and v_returns read (Rules §7, §8).
-- A district's or city's version sent through the portal counts from the day it was sent (the
-- Kazakhstan day of its 'sent' move); one that came otherwise, from the date its workbook says.
-- A region's version loaded through the portal counts from the day the region first sent a package
-- holding it to the ministry (NULL until it does); one that came through the inbox, from the day
-- the ministry received it.
SELECT s.submission_key, s.unit_kato, s.quarter_key, s.tier, s.version,
       CASE WHEN sent.actor_user_name IS NULL THEN (CASE WHEN s.tier = 1 THEN s.submitted_on_key ELSE s.received_date_key END)
            WHEN s.tier = 1 THEN sent.at_date_key
            ELSE (SELECT MIN(pk.at_date_key) FROM fact_return_move AS pk WHERE pk.submission_key = s.submission_key AND pk.move = 'package_sent')
       END AS sent_up_key,
       CASE WHEN sent.actor_user_name IS NULL THEN 'inbox' ELSE 'portal' END AS channel
FROM dim_submission AS s
LEFT JOIN fact_return_move AS sent ON sent.submission_key = s.submission_key AND sent.move = 'sent'
