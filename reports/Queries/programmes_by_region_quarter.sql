-- Programmes, projects and actions from current returns (v_returns), by quarter, region, kind and activity
-- type: how many, how many with a state partner, and the sums of their figures (blanks are left
-- out of sums; hours per volunteer takes the rows that reported both, as v_volunteer_work does). Rows are first summed per return straight from the covering quarter index, then
-- the few sums are joined to the returns and dimensions. Parameters: @from_quarter, @to_quarter (yyyyq).
WITH current_returns AS (
    -- DISTINCT changes no row (one row per return) but keeps SQLite from merging the view into the
    -- grouping below: the few returns are read once, not once per row they are joined to.
    SELECT DISTINCT r.submission_key, r.region_kato
    FROM v_returns AS r
    WHERE r.is_current = 1
      AND r.quarter_key BETWEEN @from_quarter AND @to_quarter
),
per_return AS (
    SELECT p.quarter_key, p.submission_key, p.programme_kind, p.activity_type_key,
           COUNT(*) AS programmes,
           SUM(CAST(CASE WHEN p.in_partnership = 1 THEN 1 ELSE 0 END AS BIGINT)) AS with_state_partner,
           SUM(CAST(p.volunteers AS BIGINT)) AS volunteers,
           SUM(CAST(p.beneficiaries AS BIGINT)) AS beneficiaries,
           SUM(CAST(p.volunteer_hours AS BIGINT)) AS volunteer_hours,
           SUM(CAST(CASE WHEN p.volunteers IS NOT NULL THEN p.volunteer_hours END AS BIGINT)) AS hours_with_volunteers,
           SUM(CAST(CASE WHEN p.volunteer_hours IS NOT NULL THEN p.volunteers END AS BIGINT)) AS volunteers_with_hours,
           SUM(CAST(p.funding_kzt AS BIGINT)) AS funding_kzt
    FROM fact_programme AS p
    WHERE p.quarter_key BETWEEN @from_quarter AND @to_quarter
    GROUP BY p.quarter_key, p.submission_key, p.programme_kind, p.activity_type_key
),
final AS (
    SELECT a.quarter_key, r.region_kato, a.programme_kind, act.code AS activity_type,
           SUM(CAST(a.programmes AS BIGINT)) AS programmes, SUM(CAST(a.with_state_partner AS BIGINT)) AS with_state_partner,
           SUM(CAST(a.volunteers AS BIGINT)) AS volunteers, SUM(CAST(a.beneficiaries AS BIGINT)) AS beneficiaries,
           SUM(CAST(a.volunteer_hours AS BIGINT)) AS volunteer_hours, SUM(CAST(a.hours_with_volunteers AS BIGINT)) AS hours_with_volunteers,
           SUM(CAST(a.volunteers_with_hours AS BIGINT)) AS volunteers_with_hours, SUM(CAST(a.funding_kzt AS BIGINT)) AS funding_kzt
    FROM per_return AS a
    JOIN current_returns AS r ON r.submission_key = a.submission_key
    JOIN dim_activity_type AS act ON act.activity_type_key = a.activity_type_key
    GROUP BY a.quarter_key, r.region_kato, a.programme_kind, act.code
)
SELECT quarter_key AS QuarterKey, region_kato AS RegionKato, programme_kind AS Kind, activity_type AS ActivityType,
       programmes AS Programmes, with_state_partner AS WithStatePartner, volunteers AS Volunteers,
       beneficiaries AS Beneficiaries, volunteer_hours AS VolunteerHours, hours_with_volunteers AS HoursWithVolunteers,
       volunteers_with_hours AS VolunteersWithHours, funding_kzt AS FundingKzt
FROM final
