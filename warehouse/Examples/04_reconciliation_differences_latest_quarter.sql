-- Where does a region's claim for its territory not add up, in the latest quarter regions reported?
-- The latest quarter is the latest one any region has sent its return for. Each row is one cell of
-- a region's consolidated sheet (subject type x activity type) that differs from the sum of the
-- current returns of its territory: claimed and summed for subjects, people and new subjects, with
-- claimed minus summed (NULL where one side is blank: a blank against a figure is a difference too).
-- region_differences counts the differing cells of that region. Regions in KATO order.
WITH latest AS (
    SELECT MAX(quarter_key) AS quarter_key
    FROM v_returns
    WHERE is_current = 1
      AND reporting_tier = 2
)
SELECT r.quarter_key, r.region_kato, r.region_name_kk, r.region_name_ru,
       COUNT(*) OVER (PARTITION BY r.region_kato) AS region_differences,
       r.subject_type_code, r.subject_type_name_ru, r.activity_type_code, r.activity_type_name_ru,
       r.claimed_subjects, r.summed_subjects, r.subjects_difference,
       r.claimed_people, r.summed_people, r.people_difference,
       r.claimed_new_subjects, r.summed_new_subjects, r.new_subjects_difference
FROM v_reconciliation AS r
JOIN latest AS l ON l.quarter_key = r.quarter_key
WHERE r.matches = 0
ORDER BY r.region_kato, r.subject_type_code, r.activity_type_code
