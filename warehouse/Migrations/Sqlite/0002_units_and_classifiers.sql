-- Administrative units (KATO hierarchy, type-2 history) and the two classifiers of the Rules.
-- Rows are seeded from warehouse/ReferenceData by 0003_reference_data; a new unit later is a new
-- row (a data migration), never a schema change.

-- Grain: one version of one unit. A unit's natural key is its KATO code; a version is valid on
-- the dates [valid_from_key, valid_to_key]. Facts hold the version valid at their quarter's end.
CREATE TABLE dim_region (
    region_sk          INTEGER NOT NULL PRIMARY KEY,
    kato_code          TEXT    NOT NULL CHECK (length(kato_code) = 9),
    parent_kato_code   TEXT    NULL CHECK (length(parent_kato_code) = 9),
    level              INTEGER NOT NULL CHECK (level IN (0, 1, 2)),  -- 0 country, 1 region, 2 district or city
    unit_kind          TEXT    NOT NULL CHECK (unit_kind IN ('country', 'oblast', 'city_republican',
                                                               'district', 'city_district', 'city_regional')),
    reporting_tier     INTEGER NULL CHECK (reporting_tier IN (1, 2)),  -- tier of its quarterly return; NULL for the country
    name_kk            TEXT    NOT NULL,
    name_ru            TEXT    NOT NULL,
    name_en            TEXT    NULL,
    population         INTEGER NULL CHECK (population > 0),            -- latest known; NULL when not known
    population_year    INTEGER NULL,
    population_source  TEXT    NULL,
    valid_from_key     INTEGER NOT NULL,                               -- yyyymmdd; 19000101 = since before records
    valid_to_key       INTEGER NOT NULL,                               -- yyyymmdd; 99991231 = open
    is_current         INTEGER NOT NULL CHECK (is_current IN (0, 1)),
    CHECK (valid_from_key <= valid_to_key),
    CHECK ((level = 0 AND parent_kato_code IS NULL) OR (level > 0 AND parent_kato_code IS NOT NULL)),
    CHECK ((level = 0 AND reporting_tier IS NULL) OR (level = 1 AND reporting_tier = 2) OR (level = 2 AND reporting_tier = 1)),
    CHECK ((is_current = 1 AND valid_to_key = 99991231) OR (is_current = 0 AND valid_to_key < 99991231)),
    CHECK ((population IS NULL AND population_year IS NULL) OR (population IS NOT NULL AND population_year IS NOT NULL)),
    UNIQUE (kato_code, valid_from_key)
) STRICT;

CREATE UNIQUE INDEX ux_dim_region_current ON dim_region (kato_code) WHERE is_current = 1;
CREATE INDEX ix_dim_region_parent ON dim_region (parent_kato_code, valid_from_key, valid_to_key);
CREATE INDEX ix_dim_region_validity ON dim_region (kato_code, valid_to_key);

-- Grain: one type of subject of volunteer activity (Rules §3.3). Codes are stable identifiers.
CREATE TABLE dim_subject_type (
    subject_type_key  INTEGER NOT NULL PRIMARY KEY,
    code              TEXT    NOT NULL UNIQUE,
    name_kk           TEXT    NOT NULL,
    name_ru           TEXT    NOT NULL,
    name_en           TEXT    NOT NULL,
    sort_order        INTEGER NOT NULL
) STRICT;

-- Grain: one type (direction) of volunteer activity. The ministry may extend the list with rows.
CREATE TABLE dim_activity_type (
    activity_type_key INTEGER NOT NULL PRIMARY KEY,
    code              TEXT    NOT NULL UNIQUE,
    name_kk           TEXT    NOT NULL,
    name_ru           TEXT    NOT NULL,
    name_en           TEXT    NOT NULL,
    law_type          TEXT    NULL,                                    -- the Law's list item, when it has one
    sort_order        INTEGER NOT NULL
) STRICT;
