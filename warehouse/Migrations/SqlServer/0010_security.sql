-- Who may do what on the production warehouse, and which rows a regional analyst sees. The views
-- script, re-run on every migration, grants SELECT on each view to the two analyst roles; nothing
-- else grants them anything.

-- Grain: one region one database user may read when that user is a regional analyst. A regional
-- analyst without a row sees none of the filtered rows; one with several rows sees each region.
CREATE TABLE dbo.sec_user_region (
    user_name       NVARCHAR(128)  NOT NULL CHECK (LEN(user_name) >= 1),  -- as USER_NAME() returns it: the database user, not the login
    region_kato     NVARCHAR(9)    NOT NULL CHECK (LEN(region_kato) = 9), -- a level-1 unit: an oblys, a city of republican significance or the capital
    granted_at_utc  DATETIME2(0)   NOT NULL CONSTRAINT df_sec_user_region_granted DEFAULT SYSUTCDATETIME(),
    note            NVARCHAR(400)  NULL,                                  -- on whose request, for the next administrator
    CONSTRAINT pk_sec_user_region PRIMARY KEY (user_name, region_kato)
);

-- A role an administrator made before this migration is kept with its members. Checked by type,
-- so that a user of the same name makes the migration fail rather than receive the grants below.
IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'vdw_etl' AND type = 'R')
    CREATE ROLE vdw_etl AUTHORIZATION dbo;
IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'vdw_analyst' AND type = 'R')
    CREATE ROLE vdw_analyst AUTHORIZATION dbo;
IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'vdw_regional_analyst' AND type = 'R')
    CREATE ROLE vdw_regional_analyst AUTHORIZATION dbo;

-- On the schema rather than table by table, so that tables of later migrations are covered. No
-- EXECUTE: the warehouse has no procedures, and sp_getapplock (the load and service locks) is open
-- to every user.
GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA::dbo TO vdw_etl;

-- The mapping decides what regional analysts see, so the service's login cannot widen it; an
-- administrator (db_owner) maintains it.
DENY INSERT, UPDATE, DELETE ON dbo.sec_user_region TO vdw_etl;
GO

-- Apart from dbo, so that grants on dbo never reach the security objects; owned by dbo, so that
-- the predicate reads dbo's tables by ownership chaining and nobody needs SELECT on them.
CREATE SCHEMA security AUTHORIZATION dbo;
GO

-- One row when the caller may see the rows of the unit version @region_sk. Everyone who is not a
-- regional analyst sees every row: the loader, the service and the reports must. A regional
-- analyst sees the units of the regions mapped to them: the region's own version (level 1) and
-- the versions of units whose parent was that region (level 2) — the version a row holds is the
-- one valid at its quarter's end, so a unit that moved keeps each quarter with the region it lay
-- in then. The country's own rows (level 0) are national and go to no regional analyst.
-- USER_NAME() is the caller even inside the dbo-owned views, which is what lets the views carry
-- the filter without granting analysts the tables. A member of both analyst roles is regional.
CREATE FUNCTION security.fn_region_rows (@region_sk INT)
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
           JOIN dbo.sec_user_region AS granted
             ON granted.region_kato = CASE unit.level WHEN 1 THEN unit.kato_code WHEN 2 THEN unit.parent_kato_code END
           WHERE unit.region_sk = @region_sk
             AND granted.user_name = USER_NAME());
GO

-- Every table whose rows belong to one unit. dim_region is left open: the list of units is public
-- and the predicate itself reads it. FILTER predicates only: a BLOCK predicate would stop writes,
-- and analysts have no write permission to stop, while the loader must write every region's rows.
-- A later table with a region_sk column needs ALTER SECURITY POLICY ... ADD FILTER PREDICATE.
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
