-- Staging: validated rows of one load (load_id), still in submitted codes. The loader conforms
-- them to dimension keys with set-based SQL and clears them in the same transaction.

CREATE TABLE dbo.stg_subject_count (
    load_id             NVARCHAR(36)   NOT NULL,
    sheet               NVARCHAR(12)   NOT NULL CHECK (sheet IN (N'subjects', N'consolidated')),
    source_row          INT            NOT NULL,
    subject_type_code   NVARCHAR(40)   NOT NULL,
    activity_type_code  NVARCHAR(40)   NOT NULL,
    subjects            INT            NULL,
    people              INT            NULL,
    new_subjects        INT            NULL,
    CONSTRAINT pk_stg_subject_count PRIMARY KEY (load_id, sheet, source_row)
);

CREATE TABLE dbo.stg_programme (
    load_id             NVARCHAR(36)   NOT NULL,
    source_row          INT            NOT NULL,
    programme_kind      NVARCHAR(12)   NOT NULL,
    title               NVARCHAR(300)  NOT NULL,
    activity_type_code  NVARCHAR(40)   NOT NULL,
    start_date_key      INT            NOT NULL,
    end_date_key        INT            NULL,
    state_partner       NVARCHAR(300)  NULL,
    volunteers          INT            NULL,
    beneficiaries       INT            NULL,
    volunteer_hours     INT            NULL,
    funding_kzt         BIGINT         NULL,
    CONSTRAINT pk_stg_programme PRIMARY KEY (load_id, source_row)
);

CREATE TABLE dbo.stg_practice (
    load_id             NVARCHAR(36)    NOT NULL,
    source_row          INT             NOT NULL,
    practice_kind       NVARCHAR(20)    NOT NULL,
    proposal_area       NVARCHAR(24)    NULL,
    activity_type_code  NVARCHAR(40)    NULL,
    title               NVARCHAR(300)   NOT NULL,
    practice_text       NVARCHAR(4000)  NOT NULL,
    CONSTRAINT pk_stg_practice PRIMARY KEY (load_id, source_row)
);
