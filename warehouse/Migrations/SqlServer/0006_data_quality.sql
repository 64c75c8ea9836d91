-- Data-quality findings are facts: one row per rule, unit, quarter and run, so quality can be
-- trended across runs rather than overwritten.

-- Grain: one data-quality rule.
CREATE TABLE dbo.dim_dq_rule (
    rule_key   INT            NOT NULL CONSTRAINT pk_dim_dq_rule PRIMARY KEY,
    code       NVARCHAR(60)   NOT NULL CONSTRAINT uq_dim_dq_rule_code UNIQUE,
    severity   NVARCHAR(10)   NOT NULL CHECK (severity IN (N'warning', N'finding')),
    name_kk    NVARCHAR(200)  NOT NULL,
    name_ru    NVARCHAR(200)  NOT NULL,
    name_en    NVARCHAR(200)  NOT NULL
);

INSERT INTO dbo.dim_dq_rule (rule_key, code, severity, name_kk, name_ru, name_en) VALUES
    (1, N'late_submission', N'warning', N'Есеп мерзімінен кеш тапсырылды', N'Отчёт представлен с опозданием', N'Return submitted after the deadline'),
    (2, N'missing_submission', N'finding', N'Есеп тапсырылмады', N'Отчёт не представлен', N'Return not submitted'),
    (3, N'reconciliation_difference', N'finding', N'Облыс жиынтығы аудандар сомасымен сәйкес келмейді', N'Сводные данные области не совпадают с суммой по районам', N'Region total differs from the sum of its units'),
    (4, N'programme_dates_outside_quarter', N'warning', N'Бағдарлама мерзімі тоқсаннан тыс', N'Сроки программы вне отчётного квартала', N'Programme dates outside the quarter'),
    (5, N'quarter_on_quarter_jump', N'warning', N'Алдыңғы тоқсанмен салыстырғанда күрт өзгеріс', N'Резкое изменение к предыдущему кварталу', N'Sharp change against the previous quarter');

-- Grain: rule × unit × quarter × run (× subject and activity type where the rule has them).
CREATE TABLE dbo.fact_dq_finding (
    finding_key        INT             IDENTITY (1, 1) NOT NULL CONSTRAINT pk_fact_dq_finding PRIMARY KEY,
    run_key            INT             NOT NULL CONSTRAINT fk_fact_dq_finding_run REFERENCES dbo.etl_run (run_key),
    rule_key           INT             NOT NULL CONSTRAINT fk_fact_dq_finding_rule REFERENCES dbo.dim_dq_rule (rule_key),
    region_sk          INT             NOT NULL CONSTRAINT fk_fact_dq_finding_region REFERENCES dbo.dim_region (region_sk),
    quarter_key        INT             NOT NULL CONSTRAINT fk_fact_dq_finding_quarter REFERENCES dbo.dim_quarter (quarter_key),
    submission_key     INT             NULL CONSTRAINT fk_fact_dq_finding_submission REFERENCES dbo.dim_submission (submission_key),
    subject_type_key   INT             NULL CONSTRAINT fk_fact_dq_finding_subject_type REFERENCES dbo.dim_subject_type (subject_type_key),
    activity_type_key  INT             NULL CONSTRAINT fk_fact_dq_finding_activity_type REFERENCES dbo.dim_activity_type (activity_type_key),
    measure            NVARCHAR(20)    NULL,     -- which figure differs, e.g. subjects, people
    location           NVARCHAR(100)   NULL,     -- sheet!cell in the submitted workbook, when the finding has one
    expected_value     BIGINT          NULL,     -- e.g. the region's claim
    actual_value       BIGINT          NULL,     -- e.g. the sum of its units' returns
    detail             NVARCHAR(1000)  NULL,
    is_current         BIT             NOT NULL  -- 0 once a later run re-evaluated the same rule, unit and quarter
);

CREATE INDEX ix_fact_dq_finding_quarter ON dbo.fact_dq_finding (quarter_key, rule_key, region_sk, is_current);
CREATE INDEX ix_fact_dq_finding_run ON dbo.fact_dq_finding (run_key);
