-- Facts from the quarterly returns. Each row keeps the submission it came from; reports read the
-- rows of current submissions. A NULL count means "not reported", 0 means "reported zero".

-- Grain: unit × quarter × subject type × activity type, per submission version.
CREATE TABLE dbo.fact_subjects (
    submission_key     INT  NOT NULL CONSTRAINT fk_fact_subjects_submission REFERENCES dbo.dim_submission (submission_key),
    subject_type_key   INT  NOT NULL CONSTRAINT fk_fact_subjects_subject_type REFERENCES dbo.dim_subject_type (subject_type_key),
    activity_type_key  INT  NOT NULL CONSTRAINT fk_fact_subjects_activity_type REFERENCES dbo.dim_activity_type (activity_type_key),
    region_sk          INT  NOT NULL CONSTRAINT fk_fact_subjects_region REFERENCES dbo.dim_region (region_sk),
    quarter_key        INT  NOT NULL CONSTRAINT fk_fact_subjects_quarter REFERENCES dbo.dim_quarter (quarter_key),
    source_row         INT  NOT NULL,
    subjects           INT  NULL CHECK (subjects >= 0),
    people             INT  NULL CHECK (people >= 0),
    new_subjects       INT  NULL CHECK (new_subjects >= 0),
    CONSTRAINT ck_fact_subjects_new CHECK (new_subjects <= subjects),
    CONSTRAINT pk_fact_subjects PRIMARY KEY (submission_key, subject_type_key, activity_type_key)
);

-- Covering the report queries: a quarter's rows are read and grouped straight from the index.
CREATE INDEX ix_fact_subjects_quarter ON dbo.fact_subjects (quarter_key, submission_key, subject_type_key, activity_type_key)
    INCLUDE (subjects, people, new_subjects);

-- Grain: one volunteer programme, project or action, per submission version.
CREATE TABLE dbo.fact_programme (
    programme_key      INT            IDENTITY (1, 1) NOT NULL CONSTRAINT pk_fact_programme PRIMARY KEY,
    submission_key     INT            NOT NULL CONSTRAINT fk_fact_programme_submission REFERENCES dbo.dim_submission (submission_key),
    region_sk          INT            NOT NULL CONSTRAINT fk_fact_programme_region REFERENCES dbo.dim_region (region_sk),
    quarter_key        INT            NOT NULL CONSTRAINT fk_fact_programme_quarter REFERENCES dbo.dim_quarter (quarter_key),
    source_row         INT            NOT NULL,
    programme_kind     NVARCHAR(12)   NOT NULL CHECK (programme_kind IN (N'programme', N'project', N'action')),
    title              NVARCHAR(300)  NOT NULL CHECK (LEN(title) >= 1),
    activity_type_key  INT            NOT NULL CONSTRAINT fk_fact_programme_activity_type REFERENCES dbo.dim_activity_type (activity_type_key),
    start_date_key     INT            NOT NULL CONSTRAINT fk_fact_programme_start REFERENCES dbo.dim_date (date_key),
    end_date_key       INT            NULL CONSTRAINT fk_fact_programme_end REFERENCES dbo.dim_date (date_key),  -- NULL while it goes on
    state_partner      NVARCHAR(300)  NULL CHECK (LEN(state_partner) >= 1),
    in_partnership     BIT            NOT NULL,
    volunteers         INT            NULL CHECK (volunteers >= 0),
    beneficiaries      INT            NULL CHECK (beneficiaries >= 0),
    volunteer_hours    INT            NULL CHECK (volunteer_hours >= 0),
    funding_kzt        BIGINT         NULL CHECK (funding_kzt >= 0),
    CONSTRAINT ck_fact_programme_dates CHECK (end_date_key >= start_date_key),
    CONSTRAINT ck_fact_programme_partner CHECK ((in_partnership = 1 AND state_partner IS NOT NULL) OR (in_partnership = 0 AND state_partner IS NULL)),
    CONSTRAINT uq_fact_programme_row UNIQUE (submission_key, source_row)
);

CREATE INDEX ix_fact_programme_quarter ON dbo.fact_programme (quarter_key, submission_key, programme_kind, activity_type_key)
    INCLUDE (in_partnership, volunteers, beneficiaries, volunteer_hours, funding_kzt);

-- Grain: one item of positive experience, problem or proposal, per submission version.
CREATE TABLE dbo.fact_practice (
    practice_key       INT             IDENTITY (1, 1) NOT NULL CONSTRAINT pk_fact_practice PRIMARY KEY,
    submission_key     INT             NOT NULL CONSTRAINT fk_fact_practice_submission REFERENCES dbo.dim_submission (submission_key),
    region_sk          INT             NOT NULL CONSTRAINT fk_fact_practice_region REFERENCES dbo.dim_region (region_sk),
    quarter_key        INT             NOT NULL CONSTRAINT fk_fact_practice_quarter REFERENCES dbo.dim_quarter (quarter_key),
    source_row         INT             NOT NULL,
    practice_kind      NVARCHAR(20)    NOT NULL CHECK (practice_kind IN (N'positive_experience', N'problem', N'proposal')),
    proposal_area      NVARCHAR(24)    NULL CHECK (proposal_area IN (N'civic_initiatives', N'role_of_volunteering', N'problem_solving')),
    activity_type_key  INT             NULL CONSTRAINT fk_fact_practice_activity_type REFERENCES dbo.dim_activity_type (activity_type_key),
    title              NVARCHAR(300)   NOT NULL CHECK (LEN(title) >= 1),
    practice_text      NVARCHAR(4000)  NOT NULL CHECK (LEN(practice_text) >= 1),
    CONSTRAINT ck_fact_practice_area CHECK ((practice_kind = N'proposal' AND proposal_area IS NOT NULL) OR (practice_kind <> N'proposal' AND proposal_area IS NULL)),
    CONSTRAINT uq_fact_practice_row UNIQUE (submission_key, source_row)
);

CREATE INDEX ix_fact_practice_quarter ON dbo.fact_practice (quarter_key, practice_kind, region_sk);

-- Grain: region × quarter × subject type × activity type: what a region reported for its whole
-- territory (its `consolidated` sheet), per submission version. Reconciled against its districts.
CREATE TABLE dbo.fact_region_claim (
    submission_key     INT  NOT NULL CONSTRAINT fk_fact_region_claim_submission REFERENCES dbo.dim_submission (submission_key),
    subject_type_key   INT  NOT NULL CONSTRAINT fk_fact_region_claim_subject_type REFERENCES dbo.dim_subject_type (subject_type_key),
    activity_type_key  INT  NOT NULL CONSTRAINT fk_fact_region_claim_activity_type REFERENCES dbo.dim_activity_type (activity_type_key),
    region_sk          INT  NOT NULL CONSTRAINT fk_fact_region_claim_region REFERENCES dbo.dim_region (region_sk),
    quarter_key        INT  NOT NULL CONSTRAINT fk_fact_region_claim_quarter REFERENCES dbo.dim_quarter (quarter_key),
    source_row         INT  NOT NULL,
    subjects           INT  NULL CHECK (subjects >= 0),
    people             INT  NULL CHECK (people >= 0),
    new_subjects       INT  NULL CHECK (new_subjects >= 0),
    CONSTRAINT ck_fact_region_claim_new CHECK (new_subjects <= subjects),
    CONSTRAINT pk_fact_region_claim PRIMARY KEY (submission_key, subject_type_key, activity_type_key)
);

CREATE INDEX ix_fact_region_claim_quarter ON dbo.fact_region_claim (quarter_key, region_sk);

-- Grain: expected unit × quarter: whether and when the unit's first accepted return arrived
-- against its tier's deadline. Re-evaluated as returns arrive and deadlines pass.
CREATE TABLE dbo.fact_submission_timeliness (
    quarter_key              INT           NOT NULL CONSTRAINT fk_fact_timeliness_quarter REFERENCES dbo.dim_quarter (quarter_key),
    region_sk                INT           NOT NULL CONSTRAINT fk_fact_timeliness_region REFERENCES dbo.dim_region (region_sk),
    tier                     TINYINT       NOT NULL CHECK (tier IN (1, 2)),
    deadline_key             INT           NOT NULL CONSTRAINT fk_fact_timeliness_deadline REFERENCES dbo.dim_date (date_key),
    first_submission_key     INT           NULL CONSTRAINT fk_fact_timeliness_submission REFERENCES dbo.dim_submission (submission_key),
    first_accepted_date_key  INT           NULL CONSTRAINT fk_fact_timeliness_accepted REFERENCES dbo.dim_date (date_key),  -- tier 1: date sent up; tier 2: date received
    days_late                INT           NULL CHECK (days_late >= 0),
    status                   NVARCHAR(10)  NOT NULL CHECK (status IN (N'on_time', N'late', N'missing', N'pending')),
    evaluated_at_utc         DATETIME2(0)  NOT NULL,
    CONSTRAINT ck_fact_timeliness_first CHECK ((status IN (N'on_time', N'late') AND first_submission_key IS NOT NULL AND first_accepted_date_key IS NOT NULL AND days_late IS NOT NULL)
        OR (status IN (N'missing', N'pending') AND first_submission_key IS NULL AND first_accepted_date_key IS NULL AND days_late IS NULL)),
    CONSTRAINT ck_fact_timeliness_late CHECK ((status = N'late' AND days_late > 0) OR (status <> N'late' AND (days_late IS NULL OR days_late = 0))),
    CONSTRAINT pk_fact_submission_timeliness PRIMARY KEY (quarter_key, region_sk)
);

CREATE INDEX ix_fact_submission_timeliness_status ON dbo.fact_submission_timeliness (quarter_key, tier, status);
