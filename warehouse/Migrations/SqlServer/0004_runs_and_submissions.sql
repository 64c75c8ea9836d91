-- Lineage: every process run, and every accepted submission with its versions.

-- Grain: one run of a process that writes to the warehouse (a load, a check, a scheduled job).
CREATE TABLE dbo.etl_run (
    run_key          INT             IDENTITY (1, 1) NOT NULL CONSTRAINT pk_etl_run PRIMARY KEY,
    run_kind         NVARCHAR(40)    NOT NULL,
    started_at_utc   DATETIME2(0)    NOT NULL,
    finished_at_utc  DATETIME2(0)    NULL,
    outcome          NVARCHAR(12)    NULL CHECK (outcome IN (N'succeeded', N'failed', N'partial')),
    summary          NVARCHAR(2000)  NULL
);

CREATE INDEX ix_etl_run_kind ON dbo.etl_run (run_kind, started_at_utc);

-- Grain: one accepted version of one unit's return for one quarter. The first accepted version is 1;
-- a corrected return becomes the next version and the earlier one is marked superseded.
CREATE TABLE dbo.dim_submission (
    submission_key     INT             IDENTITY (1, 1) NOT NULL CONSTRAINT pk_dim_submission PRIMARY KEY,
    unit_kato          NVARCHAR(9)     NOT NULL CHECK (LEN(unit_kato) = 9),
    region_sk          INT             NOT NULL CONSTRAINT fk_dim_submission_region REFERENCES dbo.dim_region (region_sk),
    quarter_key        INT             NOT NULL CONSTRAINT fk_dim_submission_quarter REFERENCES dbo.dim_quarter (quarter_key),
    tier               TINYINT         NOT NULL CHECK (tier IN (1, 2)),
    version            INT             NOT NULL CHECK (version >= 1),
    status             NVARCHAR(12)    NOT NULL CHECK (status IN (N'current', N'superseded')),
    superseded_by_key  INT             NULL CONSTRAINT fk_dim_submission_superseded_by REFERENCES dbo.dim_submission (submission_key),
    file_name          NVARCHAR(260)   NOT NULL,
    package_name       NVARCHAR(260)   NULL,                 -- the zip it arrived in, if any
    content_hash       CHAR(64)        NOT NULL CONSTRAINT uq_dim_submission_content UNIQUE,  -- SHA-256 of the canonical content
    file_hash          CHAR(64)        NOT NULL,             -- SHA-256 of the file's bytes
    format             NVARCHAR(40)    NOT NULL,
    submitted_on_key   INT             NOT NULL CONSTRAINT fk_dim_submission_submitted_on REFERENCES dbo.dim_date (date_key),
    received_at_utc    DATETIME2(0)    NOT NULL,
    received_date_key  INT             NOT NULL CONSTRAINT fk_dim_submission_received_date REFERENCES dbo.dim_date (date_key),
    loaded_at_utc      DATETIME2(0)    NOT NULL,
    load_run_key       INT             NOT NULL CONSTRAINT fk_dim_submission_run REFERENCES dbo.etl_run (run_key),
    prepared_by        NVARCHAR(200)   NULL,
    preparer_position  NVARCHAR(200)   NULL,
    preparer_phone     NVARCHAR(50)    NULL,
    preparer_email     NVARCHAR(200)   NULL,
    CONSTRAINT ck_dim_submission_status CHECK ((status = N'current' AND superseded_by_key IS NULL) OR (status = N'superseded' AND superseded_by_key IS NOT NULL)),
    CONSTRAINT uq_dim_submission_version UNIQUE (unit_kato, quarter_key, version)
);

CREATE UNIQUE INDEX ux_dim_submission_current ON dbo.dim_submission (unit_kato, quarter_key) WHERE status = N'current';
CREATE INDEX ix_dim_submission_quarter ON dbo.dim_submission (quarter_key, status, tier);
