-- Each unit's figures for one quarter from its current return (v_returns): subjects and people (all types),
-- volunteers, new subjects, its programmes with their reach, and the population that counts for the
-- unit in the quarter (v_population), where one is loaded. Parameters: @quarter_key.
WITH current_returns AS (
    SELECT r.submission_key, r.unit_kato
    FROM v_returns AS r
    WHERE r.is_current = 1
      AND r.quarter_key = @quarter_key
),
subjects AS (
    SELECT f.submission_key, SUM(CAST(f.subjects AS BIGINT)) AS subjects, SUM(CAST(f.people AS BIGINT)) AS people, SUM(CAST(f.new_subjects AS BIGINT)) AS new_subjects,
           SUM(CAST(CASE WHEN t.code = 'volunteer' THEN f.subjects END AS BIGINT)) AS volunteers
    FROM fact_subjects AS f
    JOIN dim_subject_type AS t ON t.subject_type_key = f.subject_type_key
    WHERE f.quarter_key = @quarter_key
    GROUP BY f.submission_key
),
programmes AS (
    SELECT p.submission_key, COUNT(*) AS programmes,
           SUM(CAST(CASE WHEN p.in_partnership = 1 THEN 1 ELSE 0 END AS BIGINT)) AS with_state_partner,
           SUM(CAST(p.beneficiaries AS BIGINT)) AS beneficiaries
    FROM fact_programme AS p
    WHERE p.quarter_key = @quarter_key
    GROUP BY p.submission_key
)
SELECT r.unit_kato AS UnitKato, s.subjects AS Subjects, s.people AS People, s.new_subjects AS NewSubjects, s.volunteers AS Volunteers,
       p.programmes AS Programmes, p.with_state_partner AS WithStatePartner, p.beneficiaries AS Beneficiaries, n.population AS Population
FROM current_returns AS r
LEFT JOIN subjects AS s ON s.submission_key = r.submission_key
LEFT JOIN programmes AS p ON p.submission_key = r.submission_key
LEFT JOIN v_population AS n ON n.unit_kato = r.unit_kato AND n.quarter_key = @quarter_key
ORDER BY r.unit_kato
