-- The approval workflow across the tiers (Rules §7, §8): where each district's return and each
-- region's package stands, every move made on them with who, when and why, the districts a
-- package held when it was sent, and the e-mail the moves and the reminders send. The rules of
-- which move is allowed to whom are the product's (etl/Workflow); the tables keep what was done.

-- Officers and the ministry are told of moves by e-mail when their account has an address.
ALTER TABLE portal_user ADD COLUMN email TEXT NULL CHECK (email IS NULL OR length(email) BETWEEN 3 AND 254);

-- Grain: one district's return, or one region's package, for one quarter: where it stands now.
CREATE TABLE workflow_state (
    unit_kato         TEXT    NOT NULL CHECK (length(unit_kato) = 9),
    quarter_key       INTEGER NOT NULL REFERENCES dim_quarter (quarter_key),
    tier              INTEGER NOT NULL CHECK (tier IN (1, 2)),         -- 1: a district's return; 2: a region's package
    state             TEXT    NOT NULL CHECK (state IN ('awaiting_region', 'accepted_by_region', 'returned_to_district',
                                                        'open', 'awaiting_ministry', 'accepted_by_ministry', 'returned_to_region')),
    submission_key    INTEGER NULL REFERENCES dim_submission (submission_key),  -- the version it concerns; NULL for a package whose region has sent no return yet
    last_move_key     INTEGER NOT NULL,
    changed_at_utc    TEXT    NOT NULL,
    CHECK ((tier = 1 AND state IN ('awaiting_region', 'accepted_by_region', 'returned_to_district'))
        OR (tier = 2 AND state IN ('open', 'awaiting_ministry', 'accepted_by_ministry', 'returned_to_region'))),
    PRIMARY KEY (unit_kato, quarter_key)
) STRICT;

-- Grain: one move on one district's return or one region's package: sent, accepted, returned with
-- a reason, a package sent, accepted or returned, a district reopened, a quarter unlocked.
CREATE TABLE fact_return_move (
    move_key          INTEGER NOT NULL PRIMARY KEY,
    unit_kato         TEXT    NOT NULL CHECK (length(unit_kato) = 9),
    region_sk         INTEGER NOT NULL REFERENCES dim_region (region_sk),  -- the unit's version at the quarter's end
    quarter_key       INTEGER NOT NULL REFERENCES dim_quarter (quarter_key),
    tier              INTEGER NOT NULL CHECK (tier IN (1, 2)),
    submission_key    INTEGER NULL REFERENCES dim_submission (submission_key),
    move              TEXT    NOT NULL CHECK (move IN ('sent', 'accepted', 'returned', 'package_sent', 'package_accepted', 'package_returned', 'reopened', 'unlocked')),
    from_state        TEXT    NULL,                                    -- NULL for a return's first move
    to_state          TEXT    NOT NULL,
    reason            TEXT    NULL CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 2000),
    actor_user_name   TEXT    NULL,                                    -- who made it; NULL for a file that came through the inbox
    actor_role        TEXT    NULL,
    at_utc            TEXT    NOT NULL,
    at_date_key       INTEGER NOT NULL REFERENCES dim_date (date_key),  -- the day in Kazakhstan
    days_waiting      INTEGER NULL CHECK (days_waiting IS NULL OR days_waiting >= 0),  -- for an answer: days since what it answers was sent
    CHECK (move NOT IN ('returned', 'package_returned', 'reopened', 'unlocked') OR reason IS NOT NULL)
) STRICT;

CREATE INDEX ix_fact_return_move_return ON fact_return_move (unit_kato, quarter_key, move_key);
CREATE INDEX ix_fact_return_move_quarter ON fact_return_move (quarter_key, tier);

-- Grain: one district of a region's package as it stood when the package was sent.
CREATE TABLE fact_package_district (
    move_key          INTEGER NOT NULL REFERENCES fact_return_move (move_key),  -- the package_sent move
    unit_kato         TEXT    NOT NULL CHECK (length(unit_kato) = 9),
    state             TEXT    NOT NULL CHECK (state IN ('awaiting_region', 'accepted_by_region', 'returned_to_district', 'missing')),
    submission_key    INTEGER NULL REFERENCES dim_submission (submission_key),
    PRIMARY KEY (move_key, unit_kato)
) STRICT;

-- Grain: one e-mail message to one address: written with the move or reminder that causes it, sent
-- by the dispatcher (over SMTP, or as an .eml file into the outbox folder when none is configured).
CREATE TABLE mail_outbox (
    mail_key          INTEGER NOT NULL PRIMARY KEY,
    dedup_key         TEXT    NOT NULL UNIQUE,                         -- one message per cause and recipient, however often the cause is seen
    kind              TEXT    NOT NULL CHECK (kind IN ('returned', 'accepted', 'package_awaiting', 'package_returned', 'package_accepted', 'reopened', 'unlocked', 'reminder', 'late_units')),
    recipient_user    TEXT    NOT NULL,
    recipient_address TEXT    NOT NULL CHECK (length(recipient_address) BETWEEN 3 AND 254),
    language          TEXT    NOT NULL CHECK (language IN ('kk', 'ru')),
    subject           TEXT    NOT NULL,
    body              TEXT    NOT NULL,
    created_at_utc    TEXT    NOT NULL,
    sent_at_utc       TEXT    NULL,
    attempts          INTEGER NOT NULL CHECK (attempts >= 0),
    last_error        TEXT    NULL
) STRICT;

CREATE INDEX ix_mail_outbox_unsent ON mail_outbox (sent_at_utc, mail_key);

INSERT INTO dim_code_label (code_list, code, sort_order, name_kk, name_ru, name_en) VALUES
    ('workflow_state', 'awaiting_region', 1, 'Облыстың қарауында', 'На рассмотрении области', 'Awaiting the region'),
    ('workflow_state', 'accepted_by_region', 2, 'Облыс қабылдады', 'Принят областью', 'Accepted by the region'),
    ('workflow_state', 'returned_to_district', 3, 'Пысықтауға қайтарылды', 'Возвращен на доработку', 'Returned to the district'),
    ('workflow_state', 'open', 4, 'Жіберілмеген', 'Не отправлен', 'Not sent'),
    ('workflow_state', 'awaiting_ministry', 5, 'Министрліктің қарауында', 'На рассмотрении министерства', 'Awaiting the ministry'),
    ('workflow_state', 'accepted_by_ministry', 6, 'Министрлік қабылдады', 'Принят министерством', 'Accepted by the ministry'),
    ('workflow_state', 'returned_to_region', 7, 'Облысқа қайтарылды', 'Возвращен области', 'Returned to the region'),
    ('workflow_state', 'missing', 8, 'Ұсынылмаған', 'Не представлен', 'Missing'),
    ('workflow_move', 'sent', 1, 'Жіберілді', 'Отправлен', 'Sent'),
    ('workflow_move', 'accepted', 2, 'Қабылданды', 'Принят', 'Accepted'),
    ('workflow_move', 'returned', 3, 'Қайтарылды', 'Возвращен', 'Returned'),
    ('workflow_move', 'package_sent', 4, 'Пакет министрлікке жіберілді', 'Пакет отправлен в министерство', 'Package sent'),
    ('workflow_move', 'package_accepted', 5, 'Пакет қабылданды', 'Пакет принят', 'Package accepted'),
    ('workflow_move', 'package_returned', 6, 'Пакет қайтарылды', 'Пакет возвращен', 'Package returned'),
    ('workflow_move', 'reopened', 7, 'Қайта ашылды', 'Открыт повторно', 'Reopened'),
    ('workflow_move', 'unlocked', 8, 'Бұғаттан шығарылды', 'Разблокирован', 'Unlocked');
