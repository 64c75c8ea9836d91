-- Population and wage figures as data the ministry keeps current (`vdw refdata import`), each
-- with the date it holds for and its source, instead of one population per region written into
-- dim_region by a release. The shipped figures are seeded by 0014_reference_figures_seed; which
-- figure counts for a unit and quarter is decided once, in the view v_population (and v_wage).

-- Grain: one published population figure of one unit (region, district or city) as of one date.
CREATE TABLE dbo.ref_population (
    kato_code         NVARCHAR(9)    NOT NULL CONSTRAINT ck_ref_population_kato CHECK (LEN(kato_code) = 9),
    as_of_key         INT            NOT NULL CONSTRAINT fk_ref_population_as_of REFERENCES dbo.dim_date (date_key),  -- the day the people were counted for
    population        INT            NOT NULL CONSTRAINT ck_ref_population_population CHECK (population > 0),
    source            NVARCHAR(400)  NOT NULL CONSTRAINT ck_ref_population_source CHECK (LEN(source) >= 1),
    imported_at_utc   DATETIME2(0)   NULL,                                     -- NULL: shipped with the product
    CONSTRAINT pk_ref_population PRIMARY KEY (kato_code, as_of_key)
);

-- Grain: one published wage figure (a monthly wage in tenge) of one measure for one period.
CREATE TABLE dbo.ref_wage (
    measure           NVARCHAR(40)   NOT NULL CONSTRAINT ck_ref_wage_measure
                                     CHECK (measure IN (N'average_monthly_nominal_wage', N'median_monthly_wage', N'minimum_monthly_wage')),
    period            NVARCHAR(6)    NOT NULL CONSTRAINT ck_ref_wage_period CHECK (LEN(period) >= 4),  -- as published: 2025Q3 or 2025
    period_from_key   INT            NOT NULL CONSTRAINT fk_ref_wage_from REFERENCES dbo.dim_date (date_key),
    period_to_key     INT            NOT NULL CONSTRAINT fk_ref_wage_to REFERENCES dbo.dim_date (date_key),
    value_kzt         INT            NOT NULL CONSTRAINT ck_ref_wage_value CHECK (value_kzt > 0),
    source            NVARCHAR(400)  NOT NULL CONSTRAINT ck_ref_wage_source CHECK (LEN(source) >= 1),
    imported_at_utc   DATETIME2(0)   NULL,                                     -- NULL: shipped with the product
    CONSTRAINT ck_ref_wage_period_order CHECK (period_from_key <= period_to_key),
    CONSTRAINT pk_ref_wage PRIMARY KEY (measure, period)
);
GO

-- The wage measures' names, for the views and the report's method section.
INSERT INTO dbo.dim_code_label (code_list, code, sort_order, name_kk, name_ru, name_en) VALUES
    (N'wage_measure', N'average_monthly_nominal_wage', 1, N'Орташа айлық номиналды жалақы', N'Среднемесячная номинальная заработная плата', N'Average monthly nominal wage'),
    (N'wage_measure', N'median_monthly_wage', 2, N'Айлық жалақының медианасы', N'Медианная месячная заработная плата', N'Median monthly wage'),
    (N'wage_measure', N'minimum_monthly_wage', 3, N'Ең төменгі айлық жалақы', N'Минимальная месячная заработная плата', N'Minimum monthly wage');
GO

-- dim_region loses its one population per region. The CHECK on the population column was
-- declared inline, so SQL Server named it itself: it is found through the catalogue and dropped
-- before the columns.
DECLARE @drop_check NVARCHAR(MAX) = N'';
SELECT @drop_check = @drop_check + N'ALTER TABLE dbo.dim_region DROP CONSTRAINT ' + QUOTENAME(cc.name) + N'; '
FROM sys.check_constraints AS cc
JOIN sys.columns AS c ON c.object_id = cc.parent_object_id AND c.column_id = cc.parent_column_id
WHERE cc.parent_object_id = OBJECT_ID(N'dbo.dim_region') AND c.name = N'population';
EXEC sys.sp_executesql @drop_check;
GO

ALTER TABLE dbo.dim_region DROP CONSTRAINT ck_dim_region_population;
ALTER TABLE dbo.dim_region DROP COLUMN population, population_year, population_source;
GO
