-- Which region a unit counts for: a region (level 1) for itself, a district or city (level 2) for
-- its parent; the country (level 0) for none. Facts hold the unit version valid at their
-- quarter's end, so a version's region_kato is where its rows count in that quarter, even for a
-- unit that later moved. Views, report queries, the loader and the row-level security predicate
-- all read this one column rather than each spelling the rule out.
--
-- The predicate is schema-bound under the policy, so the policy is dropped, the predicate altered
-- to read the column, and the policy created again exactly as 0010_security.sql made it.
DROP SECURITY POLICY security.region_filter;
GO

-- Computed, not persisted: it can never disagree with level and parent_kato_code.
ALTER TABLE dbo.dim_region ADD region_kato AS (CASE level WHEN 1 THEN kato_code WHEN 2 THEN parent_kato_code END);
GO

-- As in 0010_security.sql, with the region a unit version counts for read from dim_region.region_kato.
-- The version a row holds is the one valid at its quarter's end, so a unit that moved keeps each
-- quarter with the region it lay in then; the country's own rows (no region) go to no regional analyst.
ALTER FUNCTION security.fn_region_rows (@region_sk INT)
RETURNS TABLE
WITH SCHEMABINDING
AS
RETURN
    SELECT 1 AS may_read
    WHERE IS_MEMBER(N'vdw_regional_analyst') = 0
       OR IS_MEMBER(N'db_owner') = 1
       OR EXISTS (
           SELECT 1
           FROM dbo.dim_region AS unit
           JOIN dbo.sec_user_region AS granted ON granted.region_kato = unit.region_kato
           WHERE unit.region_sk = @region_sk
             AND granted.user_name = USER_NAME());
GO

CREATE SECURITY POLICY security.region_filter
    ADD FILTER PREDICATE security.fn_region_rows(region_sk) ON dbo.dim_submission,
    ADD FILTER PREDICATE security.fn_region_rows(region_sk) ON dbo.fact_subjects,
    ADD FILTER PREDICATE security.fn_region_rows(region_sk) ON dbo.fact_programme,
    ADD FILTER PREDICATE security.fn_region_rows(region_sk) ON dbo.fact_practice,
    ADD FILTER PREDICATE security.fn_region_rows(region_sk) ON dbo.fact_region_claim,
    ADD FILTER PREDICATE security.fn_region_rows(region_sk) ON dbo.fact_submission_timeliness,
    ADD FILTER PREDICATE security.fn_region_rows(region_sk) ON dbo.fact_dq_finding
WITH (STATE = ON, SCHEMABINDING = ON);
GO
