-- Every move of the approval workflow, with its place and period: what was done to which return or
-- package (tier 1: a district's return to its region; tier 2: a region's package to the ministry),
-- from which state to which, why, by whom, through the portal or the inbox, when, and, for an
-- answer, how many days it took. Time to accept: days_waiting of the accepted and package_accepted
-- moves; returns per unit: the rows with is_return = 1; the reasons: reason.
SELECT @place(p),
       m.move_key, m.submission_key, s.version,
       m.move, mv.name_kk AS move_name_kk, mv.name_ru AS move_name_ru,
       m.from_state, m.to_state, st.name_kk AS to_state_name_kk, st.name_ru AS to_state_name_ru,
       m.reason, m.actor_user_name, m.actor_role,
       CASE WHEN m.actor_user_name IS NULL THEN 'inbox' ELSE 'portal' END AS channel,
       m.at_utc, d.full_date AS moved_on, m.days_waiting,
       CASE WHEN m.move IN ('returned', 'package_returned', 'reopened') THEN 1 ELSE 0 END AS is_return
FROM fact_return_move AS m
JOIN v_place AS p ON p.region_sk = m.region_sk AND p.quarter_key = m.quarter_key
LEFT JOIN dim_submission AS s ON s.submission_key = m.submission_key
LEFT JOIN dim_date AS d ON d.date_key = m.at_date_key
LEFT JOIN dim_code_label AS mv ON mv.code_list = 'workflow_move' AND mv.code = m.move
LEFT JOIN dim_code_label AS st ON st.code_list = 'workflow_state' AND st.code = m.to_state
