-- Administrative units (KATO hierarchy, type-2 history) and the two classifiers of the Rules.
-- Rows are seeded from warehouse/ReferenceData by 0003_reference_data; a new unit later is a new
-- row (a data migration), never a schema change.

-- Grain: one version of one unit. A unit's natural key is its KATO code; a version is valid on
-- the dates [valid_from_key, valid_to_key]. Facts hold the version valid at their quarter's end.
CREATE TABLE dbo.dim_region (
    region_sk          INT            IDENTITY (1, 1) NOT NULL CONSTRAINT pk_dim_region PRIMARY KEY,
    kato_code          NVARCHAR(9)    NOT NULL CHECK (LEN(kato_code) = 9),
    parent_kato_code   NVARCHAR(9)    NULL CHECK (LEN(parent_kato_code) = 9),
    level              TINYINT        NOT NULL CHECK (level IN (0, 1, 2)),  -- 0 country, 1 region, 2 district or city
    unit_kind          NVARCHAR(20)   NOT NULL CHECK (unit_kind IN (N'country', N'oblast', N'city_republican',
                                                                     N'district', N'city_district', N'city_regional')),
    reporting_tier     TINYINT        NULL CHECK (reporting_tier IN (1, 2)),  -- tier of its quarterly return; NULL for the country
    name_kk            NVARCHAR(200)  NOT NULL,
    name_ru            NVARCHAR(200)  NOT NULL,
    name_en            NVARCHAR(200)  NULL,
    population         INT            NULL CHECK (population > 0),            -- latest known; NULL when not known
    population_year    SMALLINT       NULL,
    population_source  NVARCHAR(400)  NULL,
    valid_from_key     INT            NOT NULL,                               -- yyyymmdd; 19000101 = since before records
    valid_to_key       INT            NOT NULL,                               -- yyyymmdd; 99991231 = open
    is_current         BIT            NOT NULL,
    CONSTRAINT ck_dim_region_validity CHECK (valid_from_key <= valid_to_key),
    CONSTRAINT ck_dim_region_parent CHECK ((level = 0 AND parent_kato_code IS NULL) OR (level > 0 AND parent_kato_code IS NOT NULL)),
    CONSTRAINT ck_dim_region_tier CHECK ((level = 0 AND reporting_tier IS NULL) OR (level = 1 AND reporting_tier = 2) OR (level = 2 AND reporting_tier = 1)),
    CONSTRAINT ck_dim_region_current CHECK ((is_current = 1 AND valid_to_key = 99991231) OR (is_current = 0 AND valid_to_key < 99991231)),
    CONSTRAINT ck_dim_region_population CHECK ((population IS NULL AND population_year IS NULL) OR (population IS NOT NULL AND population_year IS NOT NULL)),
    CONSTRAINT uq_dim_region_version UNIQUE (kato_code, valid_from_key)
);

CREATE UNIQUE INDEX ux_dim_region_current ON dbo.dim_region (kato_code) WHERE is_current = 1;
CREATE INDEX ix_dim_region_parent ON dbo.dim_region (parent_kato_code, valid_from_key, valid_to_key);
CREATE INDEX ix_dim_region_validity ON dbo.dim_region (kato_code, valid_to_key);

-- Grain: one type of subject of volunteer activity (Rules §3.3). Codes are stable identifiers.
CREATE TABLE dbo.dim_subject_type (
    subject_type_key  INT            NOT NULL CONSTRAINT pk_dim_subject_type PRIMARY KEY,
    code              NVARCHAR(40)   NOT NULL CONSTRAINT uq_dim_subject_type_code UNIQUE,
    name_kk           NVARCHAR(200)  NOT NULL,
    name_ru           NVARCHAR(200)  NOT NULL,
    name_en           NVARCHAR(200)  NOT NULL,
    sort_order        INT            NOT NULL
);

-- Grain: one type (direction) of volunteer activity. The ministry may extend the list with rows.
CREATE TABLE dbo.dim_activity_type (
    activity_type_key INT            NOT NULL CONSTRAINT pk_dim_activity_type PRIMARY KEY,
    code              NVARCHAR(40)   NOT NULL CONSTRAINT uq_dim_activity_type_code UNIQUE,
    name_kk           NVARCHAR(200)  NOT NULL,
    name_ru           NVARCHAR(200)  NOT NULL,
    name_en           NVARCHAR(200)  NOT NULL,
    law_type          NVARCHAR(20)   NULL,                                    -- the Law's list item, when it has one
    sort_order        INT            NOT NULL
);
