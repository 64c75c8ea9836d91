-- A region's claim for its whole territory (the consolidated sheet of its current return) beside
-- the sum of the current returns of its territory — its districts and cities and its own — per
-- quarter, subject type and activity type, for every region that has sent its return. A figure on
-- one side and a blank on the other does not match. The loader reads this view for one region and
-- quarter and records each cell that does not match as a finding.
WITH cells AS (
    -- Each current return of a territory against every subject type and activity type: its figures,
    -- and on the region's own return its claim. One grouping straight over the returns, so that a
    -- filter on one region and quarter reaches the returns' quarter index (SQLite pushes a filter
    -- down through one grouping, not through a grouping of a union).
    SELECT t.region_kato, t.quarter_key, st.subject_type_key, act.activity_type_key,
           MAX(CASE WHEN t.reporting_tier = 2 THEN t.submission_key END) AS submission_key,
           SUM(CAST(c.subjects AS BIGINT)) AS claimed_subjects, SUM(CAST(f.subjects AS BIGINT)) AS summed_subjects,
           SUM(CAST(c.people AS BIGINT)) AS claimed_people, SUM(CAST(f.people AS BIGINT)) AS summed_people,
           SUM(CAST(c.new_subjects AS BIGINT)) AS claimed_new_subjects, SUM(CAST(f.new_subjects AS BIGINT)) AS summed_new_subjects
    FROM v_returns AS t
    CROSS JOIN dim_subject_type AS st
    CROSS JOIN dim_activity_type AS act
    LEFT JOIN fact_subjects AS f ON f.submission_key = t.submission_key
                                AND f.subject_type_key = st.subject_type_key AND f.activity_type_key = act.activity_type_key
    LEFT JOIN fact_region_claim AS c ON c.submission_key = t.submission_key
                                    AND c.subject_type_key = st.subject_type_key AND c.activity_type_key = act.activity_type_key
    WHERE t.is_current = 1
    GROUP BY t.region_kato, t.quarter_key, st.subject_type_key, act.activity_type_key
    -- Only regions whose own return is in (tier 2), and only cells either side reported.
    HAVING MAX(t.reporting_tier) = 2 AND (COUNT(f.submission_key) > 0 OR COUNT(c.submission_key) > 0)
)
SELECT @place(p), k.submission_key,
       st.code AS subject_type_code, st.name_kk AS subject_type_name_kk, st.name_ru AS subject_type_name_ru,
       act.code AS activity_type_code, act.name_kk AS activity_type_name_kk, act.name_ru AS activity_type_name_ru,
       k.claimed_subjects, k.summed_subjects, k.claimed_subjects - k.summed_subjects AS subjects_difference,
       k.claimed_people, k.summed_people, k.claimed_people - k.summed_people AS people_difference,
       k.claimed_new_subjects, k.summed_new_subjects, k.claimed_new_subjects - k.summed_new_subjects AS new_subjects_difference,
       CASE WHEN (k.claimed_subjects = k.summed_subjects OR (k.claimed_subjects IS NULL AND k.summed_subjects IS NULL))
                 AND (k.claimed_people = k.summed_people OR (k.claimed_people IS NULL AND k.summed_people IS NULL))
                 AND (k.claimed_new_subjects = k.summed_new_subjects OR (k.claimed_new_subjects IS NULL AND k.summed_new_subjects IS NULL))
            THEN 1 ELSE 0 END AS matches
FROM cells AS k
-- The region's own place at the quarter's end. Joined on region_kato as well as unit_kato (the
-- same code here) so that a filter on region_kato carries over to the cells.
JOIN v_place AS p ON p.unit_kato = k.region_kato AND p.region_kato = k.region_kato AND p.quarter_key = k.quarter_key
JOIN dim_subject_type AS st ON st.subject_type_key = k.subject_type_key
JOIN dim_activity_type AS act ON act.activity_type_key = k.activity_type_key
