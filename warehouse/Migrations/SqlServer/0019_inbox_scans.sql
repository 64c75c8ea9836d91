-- What the inbox job remembers between its scans, kept in the warehouse so that the node running the
-- next scan knows it whichever node ran the last: when the last scan was and which files it saw (a
-- file copied in later with an older time kept counts as received no earlier than that scan), and
-- which of them it could not read (a file is quarantined as unreadable only when the next scan finds
-- it the same). Written whole by each scan; one scan runs at a time on a warehouse.

-- Grain: the latest scan of the inbox (one row at most).
CREATE TABLE dbo.etl_inbox_scan (
    scan_key        INT            NOT NULL CONSTRAINT pk_etl_inbox_scan PRIMARY KEY CONSTRAINT ck_etl_inbox_scan_one CHECK (scan_key = 1),
    scanned_at_utc  DATETIME2(0)   NOT NULL,
    instance        NVARCHAR(200)  NOT NULL              -- host and process of the node that scanned
);

-- Grain: one file the latest scan saw in the inbox.
CREATE TABLE dbo.etl_inbox_file (
    path            NVARCHAR(400)  NOT NULL CONSTRAINT pk_etl_inbox_file PRIMARY KEY,  -- relative to the inbox, with '/' between folders
    length          BIGINT         NOT NULL CONSTRAINT ck_etl_inbox_file_length CHECK (length >= 0),
    modified_ticks  BIGINT         NOT NULL,             -- the file's last write (UTC, in 100 ns ticks): what says it changed
    unreadable      BIT            NOT NULL              -- 1: could not be read at all; quarantined if the next scan finds it the same
);
