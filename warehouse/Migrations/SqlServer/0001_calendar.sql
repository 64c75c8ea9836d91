-- Calendar dimensions: one row per day (2000-2041, so that programme dates before the Rules still
-- resolve) and one per quarter, 2017 (the Rules take effect) to 2040.
-- Dates are also kept as integer keys (yyyymmdd, yyyyq) so that portable queries compare keys,
-- never engine date functions.

CREATE TABLE dbo.dim_date (
    date_key        INT           NOT NULL CONSTRAINT pk_dim_date PRIMARY KEY,   -- yyyymmdd
    full_date       DATE          NOT NULL CONSTRAINT uq_dim_date_full_date UNIQUE,
    year            SMALLINT      NOT NULL,
    half            TINYINT       NOT NULL CHECK (half IN (1, 2)),
    quarter         TINYINT       NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    quarter_key     INT           NOT NULL,                                      -- yyyyq
    month           TINYINT       NOT NULL CHECK (month BETWEEN 1 AND 12),
    month_name_kk   NVARCHAR(20)  NOT NULL,
    month_name_ru   NVARCHAR(20)  NOT NULL,
    month_name_en   NVARCHAR(20)  NOT NULL,
    day_of_month    TINYINT       NOT NULL CHECK (day_of_month BETWEEN 1 AND 31),
    day_of_week     TINYINT       NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),  -- ISO: 1 = Monday
    is_weekend      BIT           NOT NULL
);

CREATE TABLE dbo.dim_quarter (
    quarter_key              INT           NOT NULL CONSTRAINT pk_dim_quarter PRIMARY KEY,  -- yyyyq, e.g. 20263
    year                     SMALLINT      NOT NULL,
    half                     TINYINT       NOT NULL CHECK (half IN (1, 2)),
    quarter                  TINYINT       NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    quarter_seq              INT           NOT NULL CONSTRAINT uq_dim_quarter_seq UNIQUE,  -- previous quarter = seq - 1
    half_key                 INT           NOT NULL,                                       -- yyyyh, e.g. 20261
    half_seq                 INT           NOT NULL,                                       -- previous half = seq - 1
    first_day                DATE          NOT NULL,
    last_day                 DATE          NOT NULL,
    first_day_key            INT           NOT NULL CONSTRAINT fk_dim_quarter_first_day REFERENCES dbo.dim_date (date_key),
    last_day_key             INT           NOT NULL CONSTRAINT fk_dim_quarter_last_day REFERENCES dbo.dim_date (date_key),
    tier1_deadline           DATE          NOT NULL,  -- district ▶ region: 5th of the next month (Rules §7)
    tier1_deadline_key       INT           NOT NULL CONSTRAINT fk_dim_quarter_tier1 REFERENCES dbo.dim_date (date_key),
    tier2_deadline           DATE          NOT NULL,  -- region ▶ ministry: 10th of the next month (Rules §8)
    tier2_deadline_key       INT           NOT NULL CONSTRAINT fk_dim_quarter_tier2 REFERENCES dbo.dim_date (date_key),
    half_report_deadline     DATE          NOT NULL,  -- ministry ▶ Government: 25th after the half (Rules §11)
    half_report_deadline_key INT           NOT NULL CONSTRAINT fk_dim_quarter_half_report REFERENCES dbo.dim_date (date_key),
    label_kk                 NVARCHAR(40)  NOT NULL,
    label_ru                 NVARCHAR(40)  NOT NULL,
    label_en                 NVARCHAR(40)  NOT NULL,
    half_label_kk            NVARCHAR(40)  NOT NULL,
    half_label_ru            NVARCHAR(40)  NOT NULL,
    half_label_en            NVARCHAR(40)  NOT NULL,
    CONSTRAINT ck_dim_quarter_key CHECK (quarter_key = year * 10 + quarter),
    CONSTRAINT ck_dim_quarter_half_key CHECK (half_key = year * 10 + half),
    CONSTRAINT ck_dim_quarter_order CHECK (first_day_key < last_day_key AND last_day_key < tier1_deadline_key
        AND tier1_deadline_key < tier2_deadline_key AND tier2_deadline_key < half_report_deadline_key)
);

CREATE INDEX ix_dim_quarter_half ON dbo.dim_quarter (half_key);
GO

WITH digits (n) AS (
    SELECT n FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS v (n)
),
numbers (n) AS (
    SELECT ones.n + 10 * tens.n + 100 * hundreds.n + 1000 * thousands.n + 10000 * tenthousands.n
    FROM digits AS ones
    CROSS JOIN digits AS tens
    CROSS JOIN digits AS hundreds
    CROSS JOIN digits AS thousands
    CROSS JOIN digits AS tenthousands
),
days (d) AS (
    SELECT DATEADD(DAY, n, CAST('2000-01-01' AS DATE))
    FROM numbers
    WHERE n <= DATEDIFF(DAY, CAST('2000-01-01' AS DATE), CAST('2041-12-31' AS DATE))
),
months (month, name_kk, name_ru, name_en) AS (
    SELECT month, name_kk, name_ru, name_en
    FROM (VALUES (1, N'қаңтар', N'январь', N'January'), (2, N'ақпан', N'февраль', N'February'),
                 (3, N'наурыз', N'март', N'March'), (4, N'сәуір', N'апрель', N'April'),
                 (5, N'мамыр', N'май', N'May'), (6, N'маусым', N'июнь', N'June'),
                 (7, N'шілде', N'июль', N'July'), (8, N'тамыз', N'август', N'August'),
                 (9, N'қыркүйек', N'сентябрь', N'September'), (10, N'қазан', N'октябрь', N'October'),
                 (11, N'қараша', N'ноябрь', N'November'), (12, N'желтоқсан', N'декабрь', N'December'))
         AS v (month, name_kk, name_ru, name_en)
),
parts AS (
    -- 1900-01-01 was a Monday, so this is the ISO weekday whatever SET DATEFIRST says.
    SELECT d, YEAR(d) AS year, MONTH(d) AS month, DAY(d) AS day,
           DATEDIFF(DAY, CAST('1900-01-01' AS DATE), d) % 7 + 1 AS iso_dow
    FROM days
)
INSERT INTO dbo.dim_date (date_key, full_date, year, half, quarter, quarter_key, month,
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
GO

WITH digits (n) AS (
    SELECT n FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS v (n)
),
seq (n) AS (
    SELECT ones.n + 10 * tens.n FROM digits AS ones CROSS JOIN digits AS tens WHERE ones.n + 10 * tens.n <= 95
),
quarters AS (
    SELECT 2017 + n / 4 AS year, n % 4 + 1 AS quarter,
           DATEFROMPARTS(2017 + n / 4, (n % 4) * 3 + 1, 1) AS first_day
    FROM seq
),
dated AS (
    SELECT year, quarter, (quarter - 1) / 2 + 1 AS half, first_day,
           DATEADD(DAY, -1, DATEADD(MONTH, 3, first_day)) AS last_day,
           DATEADD(DAY, 4, DATEADD(MONTH, 3, first_day)) AS tier1_deadline,
           DATEADD(DAY, 9, DATEADD(MONTH, 3, first_day)) AS tier2_deadline,
           CASE WHEN quarter <= 2 THEN DATEFROMPARTS(year, 7, 25)
                ELSE DATEFROMPARTS(year + 1, 1, 25) END AS half_report_deadline
    FROM quarters
)
INSERT INTO dbo.dim_quarter (quarter_key, year, half, quarter, quarter_seq, half_key, half_seq,
                             first_day, last_day, first_day_key, last_day_key,
                             tier1_deadline, tier1_deadline_key, tier2_deadline, tier2_deadline_key,
                             half_report_deadline, half_report_deadline_key,
                             label_kk, label_ru, label_en, half_label_kk, half_label_ru, half_label_en)
SELECT year * 10 + quarter, year, half, quarter, year * 4 + quarter - 1, year * 10 + half, year * 2 + half - 1,
       first_day, last_day,
       CAST(CONVERT(CHAR(8), first_day, 112) AS INT), CAST(CONVERT(CHAR(8), last_day, 112) AS INT),
       tier1_deadline, CAST(CONVERT(CHAR(8), tier1_deadline, 112) AS INT),
       tier2_deadline, CAST(CONVERT(CHAR(8), tier2_deadline, 112) AS INT),
       half_report_deadline, CAST(CONVERT(CHAR(8), half_report_deadline, 112) AS INT),
       CONCAT(year, N' жылғы ', quarter, N'-тоқсан'),
       CONCAT(quarter, N'-й квартал ', year, N' г.'),
       CONCAT(year, N' Q', quarter),
       CONCAT(year, N' жылғы ', half, N'-жартыжылдық'),
       CONCAT(half, N'-е полугодие ', year, N' г.'),
       CONCAT(year, N' H', half)
FROM dated;
