-- Which region a unit counts for: a region (level 1) for itself, a district or city (level 2) for
-- its parent; the country (level 0) for none. Facts hold the unit version valid at their
-- quarter's end, so a version's region_kato is where its rows count in that quarter, even for a
-- unit that later moved. Views, report queries, the loader and the security predicate on SQL Server
-- all read this one column rather than each spelling the rule out.
--
-- VIRTUAL: computed when read, so it can never disagree with level and parent_kato_code (SQLite adds
-- only virtual generated columns to an existing table).
ALTER TABLE dim_region ADD COLUMN region_kato TEXT
    GENERATED ALWAYS AS (CASE level WHEN 1 THEN kato_code WHEN 2 THEN parent_kato_code END) VIRTUAL;
