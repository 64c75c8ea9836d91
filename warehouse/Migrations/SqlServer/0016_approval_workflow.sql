-- The approval workflow across the tiers (Rules §7, §8): where each district's return and each
-- region's package stands, every move made on them with who, when and why, the districts a
-- package held when it was sent, and the e-mail the moves and the reminders send. The rules of
-- which move is allowed to whom are the product's (etl/Workflow); the tables keep what was done.

-- Officers and the ministry are told of moves by e-mail when their account has an address.
ALTER TABLE dbo.portal_user ADD email NVARCHAR(254) NULL CONSTRAINT ck_portal_user_email CHECK (email IS NULL OR LEN(email) >= 3);
GO

-- Grain: one district's return, or one region's package, for one quarter: where it stands now.
CREATE TABLE dbo.workflow_state (
    unit_kato         NVARCHAR(9)    NOT NULL CONSTRAINT ck_workflow_state_unit CHECK (LEN(unit_kato) = 9),
    quarter_key       INT            NOT NULL CONSTRAINT fk_workflow_state_quarter REFERENCES dbo.dim_quarter (quarter_key),
    tier              TINYINT        NOT NULL CONSTRAINT ck_workflow_state_tier CHECK (tier IN (1, 2)),  -- 1: a district's return; 2: a region's package
    state             NVARCHAR(30)   NOT NULL CONSTRAINT ck_workflow_state_state CHECK (state IN (N'awaiting_region', N'accepted_by_region', N'returned_to_district',
                                                                                                N'open', N'awaiting_ministry', N'accepted_by_ministry', N'returned_to_region')),
    submission_key    INT            NULL CONSTRAINT fk_workflow_state_submission REFERENCES dbo.dim_submission (submission_key),  -- the version it concerns; NULL for a package whose region has sent no return yet
    last_move_key     BIGINT         NOT NULL,
    changed_at_utc    DATETIME2(0)   NOT NULL,
    CONSTRAINT ck_workflow_state_tier_state CHECK ((tier = 1 AND state IN (N'awaiting_region', N'accepted_by_region', N'returned_to_district'))
        OR (tier = 2 AND state IN (N'open', N'awaiting_ministry', N'accepted_by_ministry', N'returned_to_region'))),
    CONSTRAINT pk_workflow_state PRIMARY KEY (unit_kato, quarter_key)
);

-- Grain: one move on one district's return or one region's package: sent, accepted, returned with
-- a reason, a package sent, accepted or returned, a district reopened, a quarter unlocked.
CREATE TABLE dbo.fact_return_move (
    move_key          BIGINT          IDENTITY (1, 1) NOT NULL CONSTRAINT pk_fact_return_move PRIMARY KEY,
    unit_kato         NVARCHAR(9)     NOT NULL CONSTRAINT ck_fact_return_move_unit CHECK (LEN(unit_kato) = 9),
    region_sk         INT             NOT NULL CONSTRAINT fk_fact_return_move_region REFERENCES dbo.dim_region (region_sk),  -- the unit's version at the quarter's end
    quarter_key       INT             NOT NULL CONSTRAINT fk_fact_return_move_quarter REFERENCES dbo.dim_quarter (quarter_key),
    tier              TINYINT         NOT NULL CONSTRAINT ck_fact_return_move_tier CHECK (tier IN (1, 2)),
    submission_key    INT             NULL CONSTRAINT fk_fact_return_move_submission REFERENCES dbo.dim_submission (submission_key),
    move              NVARCHAR(20)    NOT NULL CONSTRAINT ck_fact_return_move_move CHECK (move IN (N'sent', N'accepted', N'returned', N'package_sent', N'package_accepted', N'package_returned', N'reopened', N'unlocked')),
    from_state        NVARCHAR(30)    NULL,                                    -- NULL for a return's first move
    to_state          NVARCHAR(30)    NOT NULL,
    reason            NVARCHAR(2000)  NULL CONSTRAINT ck_fact_return_move_reason CHECK (reason IS NULL OR LEN(reason) >= 1),
    actor_user_name   NVARCHAR(100)   NULL,                                    -- who made it; NULL for a file that came through the inbox
    actor_role        NVARCHAR(20)    NULL,
    at_utc            DATETIME2(0)    NOT NULL,
    at_date_key       INT             NOT NULL CONSTRAINT fk_fact_return_move_date REFERENCES dbo.dim_date (date_key),  -- the day in Kazakhstan
    days_waiting      INT             NULL CONSTRAINT ck_fact_return_move_days CHECK (days_waiting IS NULL OR days_waiting >= 0),  -- for an answer: days since what it answers was sent
    CONSTRAINT ck_fact_return_move_reason_needed CHECK (move NOT IN (N'returned', N'package_returned', N'reopened', N'unlocked') OR reason IS NOT NULL)
);

CREATE INDEX ix_fact_return_move_return ON dbo.fact_return_move (unit_kato, quarter_key, move_key);
CREATE INDEX ix_fact_return_move_quarter ON dbo.fact_return_move (quarter_key, tier);

-- Grain: one district of a region's package as it stood when the package was sent.
CREATE TABLE dbo.fact_package_district (
    move_key          BIGINT         NOT NULL CONSTRAINT fk_fact_package_district_move REFERENCES dbo.fact_return_move (move_key),  -- the package_sent move
    unit_kato         NVARCHAR(9)    NOT NULL CONSTRAINT ck_fact_package_district_unit CHECK (LEN(unit_kato) = 9),
    state             NVARCHAR(30)   NOT NULL CONSTRAINT ck_fact_package_district_state CHECK (state IN (N'awaiting_region', N'accepted_by_region', N'returned_to_district', N'missing')),
    submission_key    INT            NULL CONSTRAINT fk_fact_package_district_submission REFERENCES dbo.dim_submission (submission_key),
    CONSTRAINT pk_fact_package_district PRIMARY KEY (move_key, unit_kato)
);

-- Grain: one e-mail message to one address: written with the move or reminder that causes it, sent
-- by the dispatcher (over SMTP, or as an .eml file into the outbox folder when none is configured).
CREATE TABLE dbo.mail_outbox (
    mail_key          BIGINT          IDENTITY (1, 1) NOT NULL CONSTRAINT pk_mail_outbox PRIMARY KEY,
    dedup_key         NVARCHAR(200)   NOT NULL CONSTRAINT uq_mail_outbox_dedup UNIQUE,  -- one message per cause and recipient, however often the cause is seen
    kind              NVARCHAR(20)    NOT NULL CONSTRAINT ck_mail_outbox_kind CHECK (kind IN (N'returned', N'accepted', N'package_awaiting', N'package_returned', N'package_accepted', N'reopened', N'unlocked', N'reminder', N'late_units')),
    recipient_user    NVARCHAR(100)   NOT NULL,
    recipient_address NVARCHAR(254)   NOT NULL CONSTRAINT ck_mail_outbox_address CHECK (LEN(recipient_address) >= 3),
    language          NVARCHAR(2)     NOT NULL CONSTRAINT ck_mail_outbox_language CHECK (language IN (N'kk', N'ru')),
    subject           NVARCHAR(400)   NOT NULL,
    body              NVARCHAR(MAX)   NOT NULL,
    created_at_utc    DATETIME2(0)    NOT NULL,
    sent_at_utc       DATETIME2(0)    NULL,
    attempts          INT             NOT NULL CONSTRAINT ck_mail_outbox_attempts CHECK (attempts >= 0),
    last_error        NVARCHAR(2000)  NULL
);

CREATE INDEX ix_mail_outbox_unsent ON dbo.mail_outbox (sent_at_utc, mail_key);
GO

INSERT INTO dbo.dim_code_label (code_list, code, sort_order, name_kk, name_ru, name_en) VALUES
    (N'workflow_state', N'awaiting_region', 1, N'Облыстың қарауында', N'На рассмотрении области', N'Awaiting the region'),
    (N'workflow_state', N'accepted_by_region', 2, N'Облыс қабылдады', N'Принят областью', N'Accepted by the region'),
    (N'workflow_state', N'returned_to_district', 3, N'Пысықтауға қайтарылды', N'Возвращен на доработку', N'Returned to the district'),
    (N'workflow_state', N'open', 4, N'Жіберілмеген', N'Не отправлен', N'Not sent'),
    (N'workflow_state', N'awaiting_ministry', 5, N'Министрліктің қарауында', N'На рассмотрении министерства', N'Awaiting the ministry'),
    (N'workflow_state', N'accepted_by_ministry', 6, N'Министрлік қабылдады', N'Принят министерством', N'Accepted by the ministry'),
    (N'workflow_state', N'returned_to_region', 7, N'Облысқа қайтарылды', N'Возвращен области', N'Returned to the region'),
    (N'workflow_state', N'missing', 8, N'Ұсынылмаған', N'Не представлен', N'Missing'),
    (N'workflow_move', N'sent', 1, N'Жіберілді', N'Отправлен', N'Sent'),
    (N'workflow_move', N'accepted', 2, N'Қабылданды', N'Принят', N'Accepted'),
    (N'workflow_move', N'returned', 3, N'Қайтарылды', N'Возвращен', N'Returned'),
    (N'workflow_move', N'package_sent', 4, N'Пакет министрлікке жіберілді', N'Пакет отправлен в министерство', N'Package sent'),
    (N'workflow_move', N'package_accepted', 5, N'Пакет қабылданды', N'Пакет принят', N'Package accepted'),
    (N'workflow_move', N'package_returned', 6, N'Пакет қайтарылды', N'Пакет возвращен', N'Package returned'),
    (N'workflow_move', N'reopened', 7, N'Қайта ашылды', N'Открыт повторно', N'Reopened'),
    (N'workflow_move', N'unlocked', 8, N'Бұғаттан шығарылды', N'Разблокирован', N'Unlocked');
GO

-- A region's analysts read the moves of their own region only, as every other table with rows of a
-- unit: the policy is dropped and created again as in 0012_region_of_unit.sql, with the moves added.
DROP SECURITY POLICY security.region_filter;
GO

CREATE SECURITY POLICY security.region_filter
    ADD FILTER PREDICATE security.fn_region_rows(region_sk) ON dbo.dim_submission,
    ADD FILTER PREDICATE security.fn_region_rows(region_sk) ON dbo.fact_subjects,
    ADD FILTER PREDICATE security.fn_region_rows(region_sk) ON dbo.fact_programme,
    ADD FILTER PREDICATE security.fn_region_rows(region_sk) ON dbo.fact_practice,
    ADD FILTER PREDICATE security.fn_region_rows(region_sk) ON dbo.fact_region_claim,
    ADD FILTER PREDICATE security.fn_region_rows(region_sk) ON dbo.fact_submission_timeliness,
    ADD FILTER PREDICATE security.fn_region_rows(region_sk) ON dbo.fact_dq_finding,
    ADD FILTER PREDICATE security.fn_region_rows(region_sk) ON dbo.fact_return_move
WITH (STATE = ON, SCHEMABINDING = ON);
