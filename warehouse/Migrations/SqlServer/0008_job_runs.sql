-- The scheduled service's history: every run of every job, so that the operator sees what ran and
-- the service, when it starts, sees which fires it missed while it was down.

-- Grain: one run of one job of `vdw serve` for one fire of its schedule. A run killed half-way has
-- no finish and no outcome, and counts as not done. job_name 'service' marks a start of the service.
CREATE TABLE dbo.etl_job_run (
    job_run_key        INT             IDENTITY (1, 1) NOT NULL CONSTRAINT pk_etl_job_run PRIMARY KEY,
    job_name           NVARCHAR(40)    NOT NULL,
    scheduled_for_utc  DATETIME2(0)    NOT NULL,         -- the fire of the schedule this run serves
    started_at_utc     DATETIME2(0)    NOT NULL,
    finished_at_utc    DATETIME2(0)    NULL,
    outcome            NVARCHAR(12)    NULL CHECK (outcome IN (N'succeeded', N'failed', N'idle', N'skipped')),
    catch_up           BIT             NOT NULL CONSTRAINT df_etl_job_run_catch_up DEFAULT 0,  -- 1: a fire missed while the service was down
    instance           NVARCHAR(200)   NOT NULL,         -- host and process of the service that ran it
    summary            NVARCHAR(2000)  NULL,
    CONSTRAINT ck_etl_job_run_finished CHECK ((finished_at_utc IS NULL AND outcome IS NULL) OR (finished_at_utc IS NOT NULL AND outcome IS NOT NULL))
);

CREATE INDEX ix_etl_job_run_job ON dbo.etl_job_run (job_name, scheduled_for_utc);
CREATE INDEX ix_etl_job_run_started ON dbo.etl_job_run (started_at_utc);
