-- Practice items (positive experience, problems, proposals) from current returns (v_returns), with the unit
-- and region they came from, and the unit's reach in the period: beneficiaries of its programmes
-- of the same activity type. Parameters: @from_quarter, @to_quarter (yyyyq).
WITH current_returns AS (
    -- DISTINCT changes no row (one row per return) but keeps SQLite from merging the view into the
    -- two queries below: the few returns are read once, not once per row they are joined to.
    SELECT DISTINCT r.submission_key, r.quarter_key, r.unit_kato, r.unit_name_kk AS name_kk, r.unit_name_ru AS name_ru, r.region_kato
    FROM v_returns AS r
    WHERE r.is_current = 1
      AND r.quarter_key BETWEEN @from_quarter AND @to_quarter
),
reach AS (
    SELECT r.unit_kato, p.activity_type_key, SUM(CAST(p.beneficiaries AS BIGINT)) AS beneficiaries
    FROM fact_programme AS p
    JOIN current_returns AS r ON r.submission_key = p.submission_key
    GROUP BY r.unit_kato, p.activity_type_key
),
final AS (
    SELECT r.quarter_key, r.unit_kato, r.name_kk, r.name_ru, r.region_kato, pr.practice_kind, pr.proposal_area,
           act.code AS activity_type, pr.title, pr.practice_text, reach.beneficiaries AS reach, pr.source_row
    FROM fact_practice AS pr
    JOIN current_returns AS r ON r.submission_key = pr.submission_key
    LEFT JOIN dim_activity_type AS act ON act.activity_type_key = pr.activity_type_key
    LEFT JOIN reach ON reach.unit_kato = r.unit_kato AND reach.activity_type_key = pr.activity_type_key
)
SELECT quarter_key AS QuarterKey, unit_kato AS UnitKato, name_kk AS UnitNameKk, name_ru AS UnitNameRu,
       region_kato AS RegionKato, practice_kind AS Kind, proposal_area AS ProposalArea, activity_type AS ActivityType,
       title AS Title, practice_text AS Text, reach AS Reach
FROM final
ORDER BY quarter_key, unit_kato, source_row
