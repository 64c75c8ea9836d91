-- Each node, before every job run and as it starts, looks for the fires a node's shutdown stopped
-- (runs whose outcome is 'stopped') to run them again: found through this index
-- rather than by reading the whole job history, which grows by a run every few minutes.
CREATE INDEX ix_etl_job_run_outcome ON dbo.etl_job_run (outcome, job_name, job_run_key);
