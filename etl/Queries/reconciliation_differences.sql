-- Each measure of each cell of one region and quarter where v_reconciliation finds that the
-- region's claim for its whole territory and the sum of its units' current returns do not match,
-- with the keys a finding holds; the caller keeps the measures whose two sides differ.
-- Parameters: @region_kato, @quarter_key.
SELECT v.submission_key AS SubmissionKey, st.subject_type_key AS SubjectTypeKey, act.activity_type_key AS ActivityTypeKey,
       m.code AS Measure,
       CASE m.code WHEN 'subjects' THEN v.claimed_subjects WHEN 'people' THEN v.claimed_people ELSE v.claimed_new_subjects END AS ClaimedValue,
       CASE m.code WHEN 'subjects' THEN v.summed_subjects WHEN 'people' THEN v.summed_people ELSE v.summed_new_subjects END AS SummedValue
FROM v_reconciliation AS v
JOIN dim_subject_type AS st ON st.code = v.subject_type_code
JOIN dim_activity_type AS act ON act.code = v.activity_type_code
JOIN dim_code_label AS m ON m.code_list = 'measure'
WHERE v.region_kato = @region_kato
  AND v.quarter_key = @quarter_key
  AND v.matches = 0
ORDER BY st.subject_type_key, act.activity_type_key, m.code
