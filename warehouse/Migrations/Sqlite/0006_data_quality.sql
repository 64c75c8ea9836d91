-- Data-quality findings are facts: one row per rule, unit, quarter and run, so quality can be
-- trended across runs rather than overwritten.

-- Grain: one data-quality rule.
CREATE TABLE dim_dq_rule (
    rule_key   INTEGER NOT NULL PRIMARY KEY,
    code       TEXT    NOT NULL UNIQUE,
    severity   TEXT    NOT NULL CHECK (severity IN ('warning', 'finding')),
    name_kk    TEXT    NOT NULL,
    name_ru    TEXT    NOT NULL,
    name_en    TEXT    NOT NULL
) STRICT;

INSERT INTO dim_dq_rule (rule_key, code, severity, name_kk, name_ru, name_en) VALUES
    (1, 'late_submission', 'warning', 'Есеп мерзімінен кеш тапсырылды', 'Отчёт представлен с опозданием', 'Return submitted after the deadline'),
    (2, 'missing_submission', 'finding', 'Есеп тапсырылмады', 'Отчёт не представлен', 'Return not submitted'),
    (3, 'reconciliation_difference', 'finding', 'Облыс жиынтығы аудандар сомасымен сәйкес келмейді', 'Сводные данные области не совпадают с суммой по районам', 'Region total differs from the sum of its units'),
    (4, 'programme_dates_outside_quarter', 'warning', 'Бағдарлама мерзімі тоқсаннан тыс', 'Сроки программы вне отчётного квартала', 'Programme dates outside the quarter'),
    (5, 'quarter_on_quarter_jump', 'warning', 'Алдыңғы тоқсанмен салыстырғанда күрт өзгеріс', 'Резкое изменение к предыдущему кварталу', 'Sharp change against the previous quarter');

-- Grain: rule × unit × quarter × run (× subject and activity type where the rule has them).
CREATE TABLE fact_dq_finding (
    finding_key        INTEGER NOT NULL PRIMARY KEY,
    run_key            INTEGER NOT NULL REFERENCES etl_run (run_key),
    rule_key           INTEGER NOT NULL REFERENCES dim_dq_rule (rule_key),
    region_sk          INTEGER NOT NULL REFERENCES dim_region (region_sk),
    quarter_key        INTEGER NOT NULL REFERENCES dim_quarter (quarter_key),
    submission_key     INTEGER NULL REFERENCES dim_submission (submission_key),
    subject_type_key   INTEGER NULL REFERENCES dim_subject_type (subject_type_key),
    activity_type_key  INTEGER NULL REFERENCES dim_activity_type (activity_type_key),
    measure            TEXT    NULL,     -- which figure differs, e.g. subjects, people
    location           TEXT    NULL,     -- sheet!cell in the submitted workbook, when the finding has one
    expected_value     INTEGER NULL,     -- e.g. the region's claim
    actual_value       INTEGER NULL,     -- e.g. the sum of its units' returns
    detail             TEXT    NULL,
    is_current         INTEGER NOT NULL CHECK (is_current IN (0, 1))  -- 0 once a later run re-evaluated the same rule, unit and quarter
) STRICT;

CREATE INDEX ix_fact_dq_finding_quarter ON fact_dq_finding (quarter_key, rule_key, region_sk, is_current);
CREATE INDEX ix_fact_dq_finding_run ON fact_dq_finding (run_key);
