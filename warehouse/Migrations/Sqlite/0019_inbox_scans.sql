-- What the inbox job remembers between its scans, kept in the warehouse so that the node running the
-- next scan knows it whichever node ran the last: when the last scan was and which files it saw (a
-- file copied in later with an older time kept counts as received no earlier than that scan), and
-- which of them it could not read (a file is quarantined as unreadable only when the next scan finds
-- it the same). Written whole by each scan; one scan runs at a time on a warehouse.

-- Grain: the latest scan of the inbox (one row at most).
CREATE TABLE etl_inbox_scan (
    scan_key        INTEGER NOT NULL PRIMARY KEY CHECK (scan_key = 1),
    scanned_at_utc  TEXT    NOT NULL,
    instance        TEXT    NOT NULL                     -- host and process of the node that scanned
) STRICT;

-- Grain: one file the latest scan saw in the inbox.
CREATE TABLE etl_inbox_file (
    path            TEXT    NOT NULL PRIMARY KEY,        -- relative to the inbox, with '/' between folders
    length          INTEGER NOT NULL CHECK (length >= 0),
    modified_ticks  INTEGER NOT NULL,                    -- the file's last write (UTC, in 100 ns ticks): what says it changed
    unreadable      INTEGER NOT NULL CHECK (unreadable IN (0, 1))  -- 1: could not be read at all; quarantined if the next scan finds it the same
) STRICT;
