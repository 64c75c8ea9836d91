-- Staging: validated rows of one load (load_id), still in submitted codes. The loader conforms
-- them to dimension keys with set-based SQL and clears them in the same transaction.

CREATE TABLE stg_subject_count (
    load_id             TEXT    NOT NULL,
    sheet               TEXT    NOT NULL CHECK (sheet IN ('subjects', 'consolidated')),
    source_row          INTEGER NOT NULL,
    subject_type_code   TEXT    NOT NULL,
    activity_type_code  TEXT    NOT NULL,
    subjects            INTEGER NULL,
    people              INTEGER NULL,
    new_subjects        INTEGER NULL,
    PRIMARY KEY (load_id, sheet, source_row)
) STRICT;

CREATE TABLE stg_programme (
    load_id             TEXT    NOT NULL,
    source_row          INTEGER NOT NULL,
    programme_kind      TEXT    NOT NULL,
    title               TEXT    NOT NULL,
    activity_type_code  TEXT    NOT NULL,
    start_date_key      INTEGER NOT NULL,
    end_date_key        INTEGER NULL,
    state_partner       TEXT    NULL,
    volunteers          INTEGER NULL,
    beneficiaries       INTEGER NULL,
    volunteer_hours     INTEGER NULL,
    funding_kzt         INTEGER NULL,
    PRIMARY KEY (load_id, source_row)
) STRICT;

CREATE TABLE stg_practice (
    load_id             TEXT    NOT NULL,
    source_row          INTEGER NOT NULL,
    practice_kind       TEXT    NOT NULL,
    proposal_area       TEXT    NULL,
    activity_type_code  TEXT    NULL,
    title               TEXT    NOT NULL,
    practice_text       TEXT    NOT NULL,
    PRIMARY KEY (load_id, source_row)
) STRICT;
