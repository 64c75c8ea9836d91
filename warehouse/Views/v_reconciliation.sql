-- A region's claim for its whole territory (the consolidated sheet of its current return) beside
-- the sum of the current returns of its territory — its districts and cities and its own — per
-- quarter, subject type and activity type, for every region that has sent its return. A figure on
-- one side and a blank on the other does not match.
WITH claimed AS (
    SELECT c.region_sk, c.quarter_key, c.subject_type_key, c.activity_type_key, c.subjects, c.people, c.new_subjects
    FROM fact_region_claim AS c
    JOIN dim_submission AS s ON s.submission_key = c.submission_key
    WHERE s.status = 'current'
),
summed AS (
    SELECT g.region_sk, g.kato_code AS region_kato, f.quarter_key, f.subject_type_key, f.activity_type_key,
           SUM(f.subjects) AS subjects, SUM(f.people) AS people, SUM(f.new_subjects) AS new_subjects
    FROM fact_subjects AS f
    JOIN dim_submission AS s ON s.submission_key = f.submission_key
    JOIN dim_region AS u ON u.region_sk = f.region_sk
    JOIN dim_quarter AS q ON q.quarter_key = f.quarter_key
    JOIN dim_region AS g ON g.kato_code = u.region_kato
                        AND q.last_day_key BETWEEN g.valid_from_key AND g.valid_to_key
    WHERE s.status = 'current'
    GROUP BY g.region_sk, g.kato_code, f.quarter_key, f.subject_type_key, f.activity_type_key
),
cells AS (
    SELECT region_sk, quarter_key, subject_type_key, activity_type_key FROM claimed
    UNION
    SELECT region_sk, quarter_key, subject_type_key, activity_type_key FROM summed AS sm
    WHERE EXISTS (SELECT 1 FROM dim_submission AS own WHERE own.unit_kato = sm.region_kato AND own.quarter_key = sm.quarter_key AND own.status = 'current')
)
SELECT @place(p),
       st.code AS subject_type_code, st.name_kk AS subject_type_name_kk, st.name_ru AS subject_type_name_ru,
       act.code AS activity_type_code, act.name_kk AS activity_type_name_kk, act.name_ru AS activity_type_name_ru,
       cl.subjects AS claimed_subjects, sm.subjects AS summed_subjects, cl.subjects - sm.subjects AS subjects_difference,
       cl.people AS claimed_people, sm.people AS summed_people, cl.people - sm.people AS people_difference,
       cl.new_subjects AS claimed_new_subjects, sm.new_subjects AS summed_new_subjects, cl.new_subjects - sm.new_subjects AS new_subjects_difference,
       CASE WHEN (cl.subjects = sm.subjects OR (cl.subjects IS NULL AND sm.subjects IS NULL))
                 AND (cl.people = sm.people OR (cl.people IS NULL AND sm.people IS NULL))
                 AND (cl.new_subjects = sm.new_subjects OR (cl.new_subjects IS NULL AND sm.new_subjects IS NULL))
            THEN 1 ELSE 0 END AS matches
FROM cells AS k
JOIN v_place AS p ON p.region_sk = k.region_sk AND p.quarter_key = k.quarter_key
JOIN dim_subject_type AS st ON st.subject_type_key = k.subject_type_key
JOIN dim_activity_type AS act ON act.activity_type_key = k.activity_type_key
LEFT JOIN claimed AS cl ON cl.region_sk = k.region_sk AND cl.quarter_key = k.quarter_key
                       AND cl.subject_type_key = k.subject_type_key AND cl.activity_type_key = k.activity_type_key
LEFT JOIN summed AS sm ON sm.region_sk = k.region_sk AND sm.quarter_key = k.quarter_key
                      AND sm.subject_type_key = k.subject_type_key AND sm.activity_type_key = k.activity_type_key
