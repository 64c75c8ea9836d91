-- Where a region's claim for its whole territory (its consolidated sheet) differs from the sum of
-- the current returns of its districts and cities plus its own subjects rows, per subject type,
-- activity type and measure. A figure on one side and a blank on the other is a difference too.
-- Parameters: @region_kato, @quarter_key.
WITH region_submission AS (
    SELECT s.submission_key, s.region_sk
    FROM dim_submission AS s
    WHERE s.unit_kato = @region_kato
      AND s.quarter_key = @quarter_key
      AND s.status = 'current'
),
claimed AS (
    SELECT c.subject_type_key, c.activity_type_key, c.subjects, c.people, c.new_subjects
    FROM fact_region_claim AS c
    JOIN region_submission AS r ON r.submission_key = c.submission_key
),
territory AS (
    SELECT s.submission_key
    FROM dim_submission AS s
    JOIN dim_region AS u ON u.region_sk = s.region_sk
    WHERE s.quarter_key = @quarter_key
      AND s.status = 'current'
      AND u.region_kato = @region_kato
),
summed AS (
    SELECT f.subject_type_key, f.activity_type_key,
           SUM(f.subjects) AS subjects, SUM(f.people) AS people, SUM(f.new_subjects) AS new_subjects
    FROM fact_subjects AS f
    JOIN territory AS t ON t.submission_key = f.submission_key
    GROUP BY f.subject_type_key, f.activity_type_key
),
cells AS (
    SELECT subject_type_key, activity_type_key FROM claimed
    UNION
    SELECT subject_type_key, activity_type_key FROM summed
),
compared AS (
    SELECT k.subject_type_key, k.activity_type_key, 'subjects' AS measure, c.subjects AS claimed_value, s.subjects AS summed_value
    FROM cells AS k
    LEFT JOIN claimed AS c ON c.subject_type_key = k.subject_type_key AND c.activity_type_key = k.activity_type_key
    LEFT JOIN summed AS s ON s.subject_type_key = k.subject_type_key AND s.activity_type_key = k.activity_type_key
    UNION ALL
    SELECT k.subject_type_key, k.activity_type_key, 'people', c.people, s.people
    FROM cells AS k
    LEFT JOIN claimed AS c ON c.subject_type_key = k.subject_type_key AND c.activity_type_key = k.activity_type_key
    LEFT JOIN summed AS s ON s.subject_type_key = k.subject_type_key AND s.activity_type_key = k.activity_type_key
    UNION ALL
    SELECT k.subject_type_key, k.activity_type_key, 'new_subjects', c.new_subjects, s.new_subjects
    FROM cells AS k
    LEFT JOIN claimed AS c ON c.subject_type_key = k.subject_type_key AND c.activity_type_key = k.activity_type_key
    LEFT JOIN summed AS s ON s.subject_type_key = k.subject_type_key AND s.activity_type_key = k.activity_type_key
),
final AS (
    SELECT r.submission_key, d.subject_type_key, d.activity_type_key, d.measure, d.claimed_value, d.summed_value
    FROM compared AS d
    CROSS JOIN region_submission AS r
    WHERE (d.claimed_value IS NULL AND d.summed_value IS NOT NULL)
       OR (d.claimed_value IS NOT NULL AND d.summed_value IS NULL)
       OR d.claimed_value <> d.summed_value
)
SELECT submission_key AS SubmissionKey, subject_type_key AS SubjectTypeKey, activity_type_key AS ActivityTypeKey,
       measure AS Measure, claimed_value AS ClaimedValue, summed_value AS SummedValue
FROM final
ORDER BY subject_type_key, activity_type_key, measure
