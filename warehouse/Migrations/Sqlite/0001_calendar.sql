-- Calendar dimensions: one row per day (2000-2041, so that programme dates before the Rules still
-- resolve) and one per quarter, 2017 (the Rules take effect) to 2040.
-- Dates are also kept as integer keys (yyyymmdd, yyyyq) so that portable queries compare keys,
-- never engine date functions.

CREATE TABLE dim_date (
    date_key        INTEGER NOT NULL PRIMARY KEY,          -- yyyymmdd
    full_date       TEXT    NOT NULL UNIQUE,               -- ISO yyyy-mm-dd
    year            INTEGER NOT NULL,
    half            INTEGER NOT NULL CHECK (half IN (1, 2)),
    quarter         INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    quarter_key     INTEGER NOT NULL,                      -- yyyyq
    month           INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    month_name_kk   TEXT    NOT NULL,
    month_name_ru   TEXT    NOT NULL,
    month_name_en   TEXT    NOT NULL,
    day_of_month    INTEGER NOT NULL CHECK (day_of_month BETWEEN 1 AND 31),
    day_of_week     INTEGER NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),  -- ISO: 1 = Monday
    is_weekend      INTEGER NOT NULL CHECK (is_weekend IN (0, 1))
) STRICT;

CREATE TABLE dim_quarter (
    quarter_key              INTEGER NOT NULL PRIMARY KEY,  -- yyyyq, e.g. 20263
    year                     INTEGER NOT NULL,
    half                     INTEGER NOT NULL CHECK (half IN (1, 2)),
    quarter                  INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    quarter_seq              INTEGER NOT NULL UNIQUE,       -- consecutive: previous quarter = seq - 1
    half_key                 INTEGER NOT NULL,              -- yyyyh, e.g. 20261
    half_seq                 INTEGER NOT NULL,              -- consecutive: previous half = seq - 1
    first_day                TEXT    NOT NULL,
    last_day                 TEXT    NOT NULL,
    first_day_key            INTEGER NOT NULL REFERENCES dim_date (date_key),
    last_day_key             INTEGER NOT NULL REFERENCES dim_date (date_key),
    tier1_deadline           TEXT    NOT NULL,              -- district ▶ region: 5th of the next month (Rules §7)
    tier1_deadline_key       INTEGER NOT NULL REFERENCES dim_date (date_key),
    tier2_deadline           TEXT    NOT NULL,              -- region ▶ ministry: 10th of the next month (Rules §8)
    tier2_deadline_key       INTEGER NOT NULL REFERENCES dim_date (date_key),
    half_report_deadline     TEXT    NOT NULL,              -- ministry ▶ Government: 25th after the half (Rules §11)
    half_report_deadline_key INTEGER NOT NULL REFERENCES dim_date (date_key),
    label_kk                 TEXT    NOT NULL,
    label_ru                 TEXT    NOT NULL,
    label_en                 TEXT    NOT NULL,
    half_label_kk            TEXT    NOT NULL,
    half_label_ru            TEXT    NOT NULL,
    half_label_en            TEXT    NOT NULL,
    CHECK (quarter_key = year * 10 + quarter),
    CHECK (half_key = year * 10 + half),
    CHECK (first_day_key < last_day_key AND last_day_key < tier1_deadline_key
           AND tier1_deadline_key < tier2_deadline_key AND tier2_deadline_key < half_report_deadline_key)
) STRICT;

CREATE INDEX ix_dim_quarter_half ON dim_quarter (half_key);

WITH RECURSIVE days (d) AS (
    SELECT '2000-01-01'
    UNION ALL
    SELECT date(d, '+1 day') FROM days WHERE d < '2041-12-31'
),
months (month, name_kk, name_ru, name_en) AS (
    VALUES (1, 'қаңтар', 'январь', 'January'), (2, 'ақпан', 'февраль', 'February'),
           (3, 'наурыз', 'март', 'March'), (4, 'сәуір', 'апрель', 'April'),
           (5, 'мамыр', 'май', 'May'), (6, 'маусым', 'июнь', 'June'),
           (7, 'шілде', 'июль', 'July'), (8, 'тамыз', 'август', 'August'),
           (9, 'қыркүйек', 'сентябрь', 'September'), (10, 'қазан', 'октябрь', 'October'),
           (11, 'қараша', 'ноябрь', 'November'), (12, 'желтоқсан', 'декабрь', 'December')
),
parts AS (
    SELECT d,
           CAST(strftime('%Y', d) AS INTEGER) AS year,
           CAST(strftime('%m', d) AS INTEGER) AS month,
           CAST(strftime('%d', d) AS INTEGER) AS day,
           (CAST(strftime('%w', d) AS INTEGER) + 6) % 7 + 1 AS iso_dow
    FROM days
)
INSERT INTO dim_date (date_key, full_date, year, half, quarter, quarter_key, month,
                      month_name_kk, month_name_ru, month_name_en,
                      day_of_month, day_of_week, is_weekend)
SELECT p.year * 10000 + p.month * 100 + p.day,
       p.d,
       p.year,
       (p.month - 1) / 6 + 1,
       (p.month - 1) / 3 + 1,
       p.year * 10 + (p.month - 1) / 3 + 1,
       p.month,
       m.name_kk, m.name_ru, m.name_en,
       p.day,
       p.iso_dow,
       CASE WHEN p.iso_dow >= 6 THEN 1 ELSE 0 END
FROM parts AS p
JOIN months AS m ON m.month = p.month;

WITH RECURSIVE seq (n) AS (
    SELECT 0
    UNION ALL
    SELECT n + 1 FROM seq WHERE n < 95
),
quarters AS (
    SELECT 2017 + n / 4 AS year,
           n % 4 + 1 AS quarter,
           date(printf('%04d-%02d-01', 2017 + n / 4, (n % 4) * 3 + 1)) AS first_day
    FROM seq
),
dated AS (
    SELECT year, quarter, (quarter - 1) / 2 + 1 AS half, first_day,
           date(first_day, '+3 months', '-1 day') AS last_day,
           date(first_day, '+3 months', '+4 days') AS tier1_deadline,
           date(first_day, '+3 months', '+9 days') AS tier2_deadline,
           CASE WHEN quarter <= 2 THEN printf('%04d-07-25', year)
                ELSE printf('%04d-01-25', year + 1) END AS half_report_deadline
    FROM quarters
)
INSERT INTO dim_quarter (quarter_key, year, half, quarter, quarter_seq, half_key, half_seq,
                         first_day, last_day, first_day_key, last_day_key,
                         tier1_deadline, tier1_deadline_key, tier2_deadline, tier2_deadline_key,
                         half_report_deadline, half_report_deadline_key,
                         label_kk, label_ru, label_en, half_label_kk, half_label_ru, half_label_en)
SELECT year * 10 + quarter, year, half, quarter, year * 4 + quarter - 1, year * 10 + half, year * 2 + half - 1,
       first_day, last_day,
       CAST(replace(first_day, '-', '') AS INTEGER), CAST(replace(last_day, '-', '') AS INTEGER),
       tier1_deadline, CAST(replace(tier1_deadline, '-', '') AS INTEGER),
       tier2_deadline, CAST(replace(tier2_deadline, '-', '') AS INTEGER),
       half_report_deadline, CAST(replace(half_report_deadline, '-', '') AS INTEGER),
       year || ' жылғы ' || quarter || '-тоқсан',
       quarter || '-й квартал ' || year || ' г.',
       year || ' Q' || quarter,
       year || ' жылғы ' || half || '-жартыжылдық',
       half || '-е полугодие ' || year || ' г.',
       year || ' H' || half
FROM dated;
