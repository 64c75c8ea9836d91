-- The scheduled service's history: every run of every job, so that the operator sees what ran and
-- the service, when it starts, sees which fires it missed while it was down.

-- Grain: one run of one job of `vdw serve` for one fire of its schedule. A run killed half-way has
-- no finish and no outcome, and counts as not done. job_name 'service' marks a start of the service.
CREATE TABLE etl_job_run (
    job_run_key        INTEGER NOT NULL PRIMARY KEY,
    job_name           TEXT    NOT NULL,
    scheduled_for_utc  TEXT    NOT NULL,                -- the fire of the schedule this run serves
    started_at_utc     TEXT    NOT NULL,
    finished_at_utc    TEXT    NULL,
    outcome            TEXT    NULL CHECK (outcome IN ('succeeded', 'failed', 'idle', 'skipped')),
    catch_up           INTEGER NOT NULL DEFAULT 0 CHECK (catch_up IN (0, 1)),  -- 1: a fire missed while the service was down
    instance           TEXT    NOT NULL,                -- host and process of the service that ran it
    summary            TEXT    NULL,
    CHECK ((finished_at_utc IS NULL) = (outcome IS NULL))
) STRICT;

CREATE INDEX ix_etl_job_run_job ON etl_job_run (job_name, scheduled_for_utc);
CREATE INDEX ix_etl_job_run_started ON etl_job_run (started_at_utc);
