-- The cells of one region and quarter where v_reconciliation finds that the region's claim for its
-- whole territory and the sum of its units' current returns do not match, with the keys a finding
-- holds; the caller lists the measures that differ. Parameters: @region_kato, @quarter_key.
SELECT v.submission_key AS SubmissionKey, st.subject_type_key AS SubjectTypeKey, act.activity_type_key AS ActivityTypeKey,
       v.claimed_subjects AS ClaimedSubjects, v.summed_subjects AS SummedSubjects,
       v.claimed_people AS ClaimedPeople, v.summed_people AS SummedPeople,
       v.claimed_new_subjects AS ClaimedNewSubjects, v.summed_new_subjects AS SummedNewSubjects
FROM v_reconciliation AS v
JOIN dim_subject_type AS st ON st.code = v.subject_type_code
JOIN dim_activity_type AS act ON act.code = v.activity_type_code
WHERE v.region_kato = @region_kato
  AND v.quarter_key = @quarter_key
  AND v.matches = 0
