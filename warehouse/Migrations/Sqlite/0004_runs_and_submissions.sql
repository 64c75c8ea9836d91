-- Lineage: every process run, and every accepted submission with its versions.

-- Grain: one run of a process that writes to the warehouse (a load, a check, a scheduled job).
CREATE TABLE etl_run (
    run_key          INTEGER NOT NULL PRIMARY KEY,
    run_kind         TEXT    NOT NULL,
    started_at_utc   TEXT    NOT NULL,
    finished_at_utc  TEXT    NULL,
    outcome          TEXT    NULL CHECK (outcome IN ('succeeded', 'failed', 'partial')),
    summary          TEXT    NULL
) STRICT;

CREATE INDEX ix_etl_run_kind ON etl_run (run_kind, started_at_utc);

-- Grain: one accepted version of one unit's return for one quarter. The first accepted version is 1;
-- a corrected return becomes the next version and the earlier one is marked superseded.
CREATE TABLE dim_submission (
    submission_key     INTEGER NOT NULL PRIMARY KEY,
    unit_kato          TEXT    NOT NULL CHECK (length(unit_kato) = 9),
    region_sk          INTEGER NOT NULL REFERENCES dim_region (region_sk),
    quarter_key        INTEGER NOT NULL REFERENCES dim_quarter (quarter_key),
    tier               INTEGER NOT NULL CHECK (tier IN (1, 2)),
    version            INTEGER NOT NULL CHECK (version >= 1),
    status             TEXT    NOT NULL CHECK (status IN ('current', 'superseded')),
    superseded_by_key  INTEGER NULL REFERENCES dim_submission (submission_key),
    file_name          TEXT    NOT NULL,
    package_name       TEXT    NULL,                -- the zip it arrived in, if any
    content_hash       TEXT    NOT NULL UNIQUE CHECK (length(content_hash) = 64),  -- SHA-256 of the canonical content
    file_hash          TEXT    NOT NULL CHECK (length(file_hash) = 64),            -- SHA-256 of the file's bytes
    format             TEXT    NOT NULL,
    submitted_on_key   INTEGER NOT NULL REFERENCES dim_date (date_key),  -- the date the unit sent it up
    received_at_utc    TEXT    NOT NULL,
    received_date_key  INTEGER NOT NULL REFERENCES dim_date (date_key),  -- received date in Asia/Almaty
    loaded_at_utc      TEXT    NOT NULL,
    load_run_key       INTEGER NOT NULL REFERENCES etl_run (run_key),
    prepared_by        TEXT    NULL,
    preparer_position  TEXT    NULL,
    preparer_phone     TEXT    NULL,
    preparer_email     TEXT    NULL,
    CHECK ((status = 'current' AND superseded_by_key IS NULL) OR (status = 'superseded' AND superseded_by_key IS NOT NULL)),
    UNIQUE (unit_kato, quarter_key, version)
) STRICT;

CREATE UNIQUE INDEX ux_dim_submission_current ON dim_submission (unit_kato, quarter_key) WHERE status = 'current';
CREATE INDEX ix_dim_submission_quarter ON dim_submission (quarter_key, status, tier);
