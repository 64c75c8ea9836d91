-- Runs end in two more ways: 'stopped' (asked to stop, a load ends between two submissions and
-- keeps what it committed) and 'interrupted' (the process died before the run ended; the next run
-- that can tell closes it, with the time it noticed).
--
-- The outcome CHECK constraints were declared inline, so SQL Server named them itself: they are
-- found through the catalogue by table and column, dropped, and replaced by named ones.
DECLARE @drop_checks NVARCHAR(MAX) = N'';
SELECT @drop_checks = @drop_checks
    + N'ALTER TABLE dbo.' + QUOTENAME(OBJECT_NAME(cc.parent_object_id)) + N' DROP CONSTRAINT ' + QUOTENAME(cc.name) + N'; '
FROM sys.check_constraints AS cc
JOIN sys.columns AS c ON c.object_id = cc.parent_object_id AND c.column_id = cc.parent_column_id
WHERE cc.parent_object_id IN (OBJECT_ID(N'dbo.etl_run'), OBJECT_ID(N'dbo.etl_job_run')) AND c.name = N'outcome';
EXEC sys.sp_executesql @drop_checks;

ALTER TABLE dbo.etl_run ADD CONSTRAINT ck_etl_run_outcome
    CHECK (outcome IN (N'succeeded', N'failed', N'partial', N'stopped', N'interrupted'));

ALTER TABLE dbo.etl_job_run ADD CONSTRAINT ck_etl_job_run_outcome
    CHECK (outcome IN (N'succeeded', N'failed', N'idle', N'skipped', N'stopped', N'interrupted'));
