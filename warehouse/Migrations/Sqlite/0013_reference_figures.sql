-- Population and wage figures as data the ministry keeps current (`vdw refdata import`), each
-- with the date it holds for and its source, instead of one population per region written into
-- dim_region by a release. The shipped figures are seeded by 0014_reference_figures_seed; which
-- figure counts for a unit and quarter is decided once, in the view v_population (and v_wage).

-- Grain: one published population figure of one unit (region, district or city) as of one date.
CREATE TABLE ref_population (
    kato_code         TEXT    NOT NULL CHECK (length(kato_code) = 9),
    as_of_key         INTEGER NOT NULL REFERENCES dim_date (date_key),  -- the day the people were counted for
    population        INTEGER NOT NULL CHECK (population > 0),
    source            TEXT    NOT NULL CHECK (length(source) BETWEEN 1 AND 400),
    imported_at_utc   TEXT    NULL,                                     -- NULL: shipped with the product
    PRIMARY KEY (kato_code, as_of_key)
) STRICT;

-- Grain: one published wage figure (a monthly wage in tenge) of one measure for one period.
CREATE TABLE ref_wage (
    measure           TEXT    NOT NULL CHECK (measure IN ('average_monthly_nominal_wage', 'median_monthly_wage', 'minimum_monthly_wage')),
    period            TEXT    NOT NULL CHECK (length(period) BETWEEN 4 AND 6),  -- as published: 2025Q3 or 2025
    period_from_key   INTEGER NOT NULL REFERENCES dim_date (date_key),
    period_to_key     INTEGER NOT NULL REFERENCES dim_date (date_key),
    value_kzt         INTEGER NOT NULL CHECK (value_kzt > 0),
    source            TEXT    NOT NULL CHECK (length(source) BETWEEN 1 AND 400),
    imported_at_utc   TEXT    NULL,                                     -- NULL: shipped with the product
    CHECK (period_from_key <= period_to_key),
    PRIMARY KEY (measure, period)
) STRICT;

-- The wage measures' names, for the views and the report's method section.
INSERT INTO dim_code_label (code_list, code, sort_order, name_kk, name_ru, name_en) VALUES
    ('wage_measure', 'average_monthly_nominal_wage', 1, 'Орташа айлық номиналды жалақы', 'Среднемесячная номинальная заработная плата', 'Average monthly nominal wage'),
    ('wage_measure', 'median_monthly_wage', 2, 'Айлық жалақының медианасы', 'Медианная месячная заработная плата', 'Median monthly wage'),
    ('wage_measure', 'minimum_monthly_wage', 3, 'Ең төменгі айлық жалақы', 'Минимальная месячная заработная плата', 'Minimum monthly wage');

-- dim_region loses its one population per region. SQLite cannot drop a column a table CHECK names,
-- so the table is rebuilt the documented way: a new table, the rows copied, the old one dropped
-- and the new one renamed. The migrator runs SQLite scripts with foreign keys unenforced (and checks
-- them all at the end), and the legacy rename leaves the views alone: the views script drops and
-- creates every view after the migrations.
PRAGMA legacy_alter_table = ON;

CREATE TABLE dim_region_rebuilt (
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
    valid_from_key     INTEGER NOT NULL,                               -- yyyymmdd; 19000101 = since before records
    valid_to_key       INTEGER NOT NULL,                               -- yyyymmdd; 99991231 = open
    is_current         INTEGER NOT NULL CHECK (is_current IN (0, 1)),
    region_kato        TEXT    GENERATED ALWAYS AS (CASE level WHEN 1 THEN kato_code WHEN 2 THEN parent_kato_code END) VIRTUAL,
    CHECK (valid_from_key <= valid_to_key),
    CHECK ((level = 0 AND parent_kato_code IS NULL) OR (level > 0 AND parent_kato_code IS NOT NULL)),
    CHECK ((level = 0 AND reporting_tier IS NULL) OR (level = 1 AND reporting_tier = 2) OR (level = 2 AND reporting_tier = 1)),
    CHECK ((is_current = 1 AND valid_to_key = 99991231) OR (is_current = 0 AND valid_to_key < 99991231)),
    UNIQUE (kato_code, valid_from_key)
) STRICT;

INSERT INTO dim_region_rebuilt (region_sk, kato_code, parent_kato_code, level, unit_kind, reporting_tier, name_kk, name_ru, name_en,
                                valid_from_key, valid_to_key, is_current)
SELECT region_sk, kato_code, parent_kato_code, level, unit_kind, reporting_tier, name_kk, name_ru, name_en,
       valid_from_key, valid_to_key, is_current
FROM dim_region;

DROP TABLE dim_region;
ALTER TABLE dim_region_rebuilt RENAME TO dim_region;
PRAGMA legacy_alter_table = OFF;

CREATE UNIQUE INDEX ux_dim_region_current ON dim_region (kato_code) WHERE is_current = 1;
CREATE INDEX ix_dim_region_parent ON dim_region (parent_kato_code, valid_from_key, valid_to_key);
CREATE INDEX ix_dim_region_validity ON dim_region (kato_code, valid_to_key);
