-- Which figures were changed after the deadline, and by how much?
-- v_subjects_as_received holds each return as it stood at its deadline (the latest version a
-- district sent up by the 5th, or the ministry received from a region by the 10th); v_subjects
-- holds the current version. Each row is one cell (unit x quarter x subject type x activity type)
-- of a return replaced by a later version after its deadline, where the current version differs
-- in subjects, people or new subjects, blanks included: a cell on one side only was added or
-- dropped by the correction. A return first received after its deadline had nothing standing at
-- it and is not listed. Latest quarter first, then unit.
WITH corrected AS (
    SELECT a.unit_kato, a.quarter_key, a.region_kato, a.region_name_ru, a.unit_name_kk, a.unit_name_ru,
           a.version AS version_as_received, c.version AS version_now
    FROM v_returns AS a
    JOIN v_returns AS c ON c.unit_kato = a.unit_kato AND c.quarter_key = a.quarter_key AND c.is_current = 1
    WHERE a.is_as_received = 1
      AND a.is_current = 0
),
as_received AS (
    SELECT s.unit_kato, s.quarter_key, s.subject_type_code, s.activity_type_code, s.subjects, s.people, s.new_subjects
    FROM v_subjects_as_received AS s
    JOIN corrected AS k ON k.unit_kato = s.unit_kato AND k.quarter_key = s.quarter_key
),
now_current AS (
    SELECT s.unit_kato, s.quarter_key, s.subject_type_code, s.activity_type_code, s.subjects, s.people, s.new_subjects
    FROM v_subjects AS s
    JOIN corrected AS k ON k.unit_kato = s.unit_kato AND k.quarter_key = s.quarter_key
),
cells AS (
    SELECT unit_kato, quarter_key, subject_type_code, activity_type_code FROM as_received
    UNION
    SELECT unit_kato, quarter_key, subject_type_code, activity_type_code FROM now_current
)
SELECT c.quarter_key, k.region_kato, k.region_name_ru, c.unit_kato, k.unit_name_kk, k.unit_name_ru,
       c.subject_type_code, c.activity_type_code, k.version_as_received, k.version_now,
       a.subjects AS subjects_as_received, n.subjects AS subjects_now, n.subjects - a.subjects AS subjects_change,
       a.people AS people_as_received, n.people AS people_now, n.people - a.people AS people_change,
       a.new_subjects AS new_subjects_as_received, n.new_subjects AS new_subjects_now, n.new_subjects - a.new_subjects AS new_subjects_change
FROM cells AS c
JOIN corrected AS k ON k.unit_kato = c.unit_kato AND k.quarter_key = c.quarter_key
LEFT JOIN as_received AS a ON a.unit_kato = c.unit_kato AND a.quarter_key = c.quarter_key
                          AND a.subject_type_code = c.subject_type_code AND a.activity_type_code = c.activity_type_code
LEFT JOIN now_current AS n ON n.unit_kato = c.unit_kato AND n.quarter_key = c.quarter_key
                          AND n.subject_type_code = c.subject_type_code AND n.activity_type_code = c.activity_type_code
WHERE a.unit_kato IS NULL
   OR n.unit_kato IS NULL
   OR NOT ((a.subjects = n.subjects OR (a.subjects IS NULL AND n.subjects IS NULL))
           AND (a.people = n.people OR (a.people IS NULL AND n.people IS NULL))
           AND (a.new_subjects = n.new_subjects OR (a.new_subjects IS NULL AND n.new_subjects IS NULL)))
ORDER BY c.quarter_key DESC, c.unit_kato, c.subject_type_code, c.activity_type_code
