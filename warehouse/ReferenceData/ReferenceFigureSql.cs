namespace VolunteerDW.Warehouse.ReferenceData;

/// <summary>The statements that read and write the reference figures (<c>ref_population</c>, <c>ref_wage</c>); every value is a parameter.</summary>
public static class ReferenceFigureSql
{
    /// <summary>Every KATO code the warehouse knows, in any version: a figure for another code is refused.</summary>
    public const string KnownUnits = "SELECT DISTINCT kato_code FROM dim_region";

    public const string PopulationFigure =
        "SELECT population AS Value, source AS Source FROM ref_population WHERE kato_code = @kato_code AND as_of_key = @as_of_key";

    public const string InsertPopulation =
        """
        INSERT INTO ref_population (kato_code, as_of_key, population, source, imported_at_utc)
        VALUES (@kato_code, @as_of_key, @value, @source, @imported_at_utc)
        """;

    public const string UpdatePopulation =
        """
        UPDATE ref_population SET population = @value, source = @source, imported_at_utc = @imported_at_utc
        WHERE kato_code = @kato_code AND as_of_key = @as_of_key
        """;

    public const string WageFigure =
        "SELECT value_kzt AS Value, source AS Source FROM ref_wage WHERE measure = @measure AND period = @period";

    public const string InsertWage =
        """
        INSERT INTO ref_wage (measure, period, period_from_key, period_to_key, value_kzt, source, imported_at_utc)
        VALUES (@measure, @period, @period_from_key, @period_to_key, @value, @source, @imported_at_utc)
        """;

    public const string UpdateWage =
        """
        UPDATE ref_wage SET value_kzt = @value, source = @source, imported_at_utc = @imported_at_utc
        WHERE measure = @measure AND period = @period
        """;
}
