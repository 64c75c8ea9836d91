-- The mapping behind row-level security on SQL Server (roles, predicate and policy are in
-- SqlServer/0010_security.sql). SQLite has no users, so nothing reads the table here; it exists so
-- that both engines keep one schema.

-- Grain: one region one database user may read when that user is a regional analyst. A regional
-- analyst without a row sees none of the filtered rows; one with several rows sees each region.
CREATE TABLE sec_user_region (
    user_name       TEXT NOT NULL CHECK (length(user_name) BETWEEN 1 AND 128),  -- as USER_NAME() returns it on SQL Server
    region_kato     TEXT NOT NULL CHECK (length(region_kato) = 9),             -- a level-1 unit: an oblys, a city of republican significance or the capital
    granted_at_utc  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    note            TEXT NULL,                                                 -- on whose request, for the next administrator
    PRIMARY KEY (user_name, region_kato)
) STRICT;
