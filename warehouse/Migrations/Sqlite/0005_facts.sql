-- Facts from the quarterly returns. Each row keeps the submission it came from; reports read the
-- rows of current submissions. A NULL count means "not reported", 0 means "reported zero".

-- Grain: unit × quarter × subject type × activity type, per submission version.
CREATE TABLE fact_subjects (
    submission_key     INTEGER NOT NULL REFERENCES dim_submission (submission_key),
    subject_type_key   INTEGER NOT NULL REFERENCES dim_subject_type (subject_type_key),
    activity_type_key  INTEGER NOT NULL REFERENCES dim_activity_type (activity_type_key),
    region_sk          INTEGER NOT NULL REFERENCES dim_region (region_sk),
    quarter_key        INTEGER NOT NULL REFERENCES dim_quarter (quarter_key),
    source_row         INTEGER NOT NULL,
    subjects           INTEGER NULL CHECK (subjects >= 0),
    people             INTEGER NULL CHECK (people >= 0),
    new_subjects       INTEGER NULL CHECK (new_subjects >= 0),
    CHECK (new_subjects <= subjects),
    PRIMARY KEY (submission_key, subject_type_key, activity_type_key)
) STRICT;

-- Covering the report queries: a quarter's rows are read and grouped straight from the index.
CREATE INDEX ix_fact_subjects_quarter ON fact_subjects (quarter_key, submission_key, subject_type_key, activity_type_key, subjects, people, new_subjects);

-- Grain: one volunteer programme, project or action, per submission version.
CREATE TABLE fact_programme (
    programme_key      INTEGER NOT NULL PRIMARY KEY,
    submission_key     INTEGER NOT NULL REFERENCES dim_submission (submission_key),
    region_sk          INTEGER NOT NULL REFERENCES dim_region (region_sk),
    quarter_key        INTEGER NOT NULL REFERENCES dim_quarter (quarter_key),
    source_row         INTEGER NOT NULL,
    programme_kind     TEXT    NOT NULL CHECK (programme_kind IN ('programme', 'project', 'action')),
    title              TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    activity_type_key  INTEGER NOT NULL REFERENCES dim_activity_type (activity_type_key),
    start_date_key     INTEGER NOT NULL REFERENCES dim_date (date_key),
    end_date_key       INTEGER NULL REFERENCES dim_date (date_key),   -- NULL while it goes on
    state_partner      TEXT    NULL CHECK (length(state_partner) BETWEEN 1 AND 300),
    in_partnership     INTEGER NOT NULL CHECK (in_partnership IN (0, 1)),
    volunteers         INTEGER NULL CHECK (volunteers >= 0),
    beneficiaries      INTEGER NULL CHECK (beneficiaries >= 0),
    volunteer_hours    INTEGER NULL CHECK (volunteer_hours >= 0),
    funding_kzt        INTEGER NULL CHECK (funding_kzt >= 0),
    CHECK (end_date_key >= start_date_key),
    CHECK ((in_partnership = 1 AND state_partner IS NOT NULL) OR (in_partnership = 0 AND state_partner IS NULL)),
    UNIQUE (submission_key, source_row)
) STRICT;

CREATE INDEX ix_fact_programme_quarter ON fact_programme (quarter_key, submission_key, programme_kind, activity_type_key,
                                                         in_partnership, volunteers, beneficiaries, volunteer_hours, funding_kzt);

-- Grain: one item of positive experience, problem or proposal, per submission version.
CREATE TABLE fact_practice (
    practice_key       INTEGER NOT NULL PRIMARY KEY,
    submission_key     INTEGER NOT NULL REFERENCES dim_submission (submission_key),
    region_sk          INTEGER NOT NULL REFERENCES dim_region (region_sk),
    quarter_key        INTEGER NOT NULL REFERENCES dim_quarter (quarter_key),
    source_row         INTEGER NOT NULL,
    practice_kind      TEXT    NOT NULL CHECK (practice_kind IN ('positive_experience', 'problem', 'proposal')),
    proposal_area      TEXT    NULL CHECK (proposal_area IN ('civic_initiatives', 'role_of_volunteering', 'problem_solving')),
    activity_type_key  INTEGER NULL REFERENCES dim_activity_type (activity_type_key),
    title              TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    practice_text      TEXT    NOT NULL CHECK (length(practice_text) BETWEEN 1 AND 4000),
    CHECK ((practice_kind = 'proposal' AND proposal_area IS NOT NULL) OR (practice_kind <> 'proposal' AND proposal_area IS NULL)),
    UNIQUE (submission_key, source_row)
) STRICT;

CREATE INDEX ix_fact_practice_quarter ON fact_practice (quarter_key, practice_kind, region_sk);

-- Grain: region × quarter × subject type × activity type: what a region reported for its whole
-- territory (its `consolidated` sheet), per submission version. Reconciled against its districts.
CREATE TABLE fact_region_claim (
    submission_key     INTEGER NOT NULL REFERENCES dim_submission (submission_key),
    subject_type_key   INTEGER NOT NULL REFERENCES dim_subject_type (subject_type_key),
    activity_type_key  INTEGER NOT NULL REFERENCES dim_activity_type (activity_type_key),
    region_sk          INTEGER NOT NULL REFERENCES dim_region (region_sk),
    quarter_key        INTEGER NOT NULL REFERENCES dim_quarter (quarter_key),
    source_row         INTEGER NOT NULL,
    subjects           INTEGER NULL CHECK (subjects >= 0),
    people             INTEGER NULL CHECK (people >= 0),
    new_subjects       INTEGER NULL CHECK (new_subjects >= 0),
    CHECK (new_subjects <= subjects),
    PRIMARY KEY (submission_key, subject_type_key, activity_type_key)
) STRICT;

CREATE INDEX ix_fact_region_claim_quarter ON fact_region_claim (quarter_key, region_sk);

-- Grain: expected unit × quarter: whether and when the unit's first accepted return arrived
-- against its tier's deadline. Re-evaluated as returns arrive and deadlines pass.
CREATE TABLE fact_submission_timeliness (
    quarter_key              INTEGER NOT NULL REFERENCES dim_quarter (quarter_key),
    region_sk                INTEGER NOT NULL REFERENCES dim_region (region_sk),
    tier                     INTEGER NOT NULL CHECK (tier IN (1, 2)),
    deadline_key             INTEGER NOT NULL REFERENCES dim_date (date_key),
    first_submission_key     INTEGER NULL REFERENCES dim_submission (submission_key),
    first_accepted_date_key  INTEGER NULL REFERENCES dim_date (date_key),  -- tier 1: date sent up; tier 2: date received
    days_late                INTEGER NULL CHECK (days_late >= 0),
    status                   TEXT    NOT NULL CHECK (status IN ('on_time', 'late', 'missing', 'pending')),
    evaluated_at_utc         TEXT    NOT NULL,
    CHECK ((status IN ('on_time', 'late') AND first_submission_key IS NOT NULL AND first_accepted_date_key IS NOT NULL AND days_late IS NOT NULL)
        OR (status IN ('missing', 'pending') AND first_submission_key IS NULL AND first_accepted_date_key IS NULL AND days_late IS NULL)),
    CHECK ((status = 'late' AND days_late > 0) OR (status <> 'late' AND (days_late IS NULL OR days_late = 0))),
    PRIMARY KEY (quarter_key, region_sk)
) STRICT;

CREATE INDEX ix_fact_submission_timeliness_status ON fact_submission_timeliness (quarter_key, tier, status);
