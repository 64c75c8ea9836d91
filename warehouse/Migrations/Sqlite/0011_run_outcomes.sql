-- Runs end in two more ways: 'stopped' (asked to stop, a load ends between two submissions and
-- keeps what it committed) and 'interrupted' (the process died before the run ended; the next run
-- that can tell closes it, with the time it noticed).
--
-- SQLite cannot change a CHECK constraint in place, so both tables are rebuilt. The migrator runs
-- SQLite scripts with foreign-key enforcement off (a table that others reference cannot be dropped
-- otherwise) and checks every foreign key after the last script. legacy_alter_table keeps the
-- rename from re-reading the views, which name the table while it is briefly missing.
PRAGMA legacy_alter_table = ON;

CREATE TABLE etl_run_rebuilt (
    run_key          INTEGER NOT NULL PRIMARY KEY,
    run_kind         TEXT    NOT NULL,
    started_at_utc   TEXT    NOT NULL,
    finished_at_utc  TEXT    NULL,
    outcome          TEXT    NULL CHECK (outcome IN ('succeeded', 'failed', 'partial', 'stopped', 'interrupted')),
    summary          TEXT    NULL
) STRICT;

INSERT INTO etl_run_rebuilt (run_key, run_kind, started_at_utc, finished_at_utc, outcome, summary)
SELECT run_key, run_kind, started_at_utc, finished_at_utc, outcome, summary FROM etl_run;

DROP TABLE etl_run;
ALTER TABLE etl_run_rebuilt RENAME TO etl_run;
CREATE INDEX ix_etl_run_kind ON etl_run (run_kind, started_at_utc);

CREATE TABLE etl_job_run_rebuilt (
    job_run_key        INTEGER NOT NULL PRIMARY KEY,
    job_name           TEXT    NOT NULL,
    scheduled_for_utc  TEXT    NOT NULL,
    started_at_utc     TEXT    NOT NULL,
    finished_at_utc    TEXT    NULL,
    outcome            TEXT    NULL CHECK (outcome IN ('succeeded', 'failed', 'idle', 'skipped', 'stopped', 'interrupted')),
    catch_up           INTEGER NOT NULL DEFAULT 0 CHECK (catch_up IN (0, 1)),
    instance           TEXT    NOT NULL,
    summary            TEXT    NULL,
    CHECK ((finished_at_utc IS NULL) = (outcome IS NULL))
) STRICT;

INSERT INTO etl_job_run_rebuilt (job_run_key, job_name, scheduled_for_utc, started_at_utc, finished_at_utc, outcome, catch_up, instance, summary)
SELECT job_run_key, job_name, scheduled_for_utc, started_at_utc, finished_at_utc, outcome, catch_up, instance, summary FROM etl_job_run;

DROP TABLE etl_job_run;
ALTER TABLE etl_job_run_rebuilt RENAME TO etl_job_run;
CREATE INDEX ix_etl_job_run_job ON etl_job_run (job_name, scheduled_for_utc);
CREATE INDEX ix_etl_job_run_started ON etl_job_run (started_at_utc);

PRAGMA legacy_alter_table = OFF;
