using VolunteerDW.Tests.Support;

namespace VolunteerDW.Tests.Warehouse;

/// <summary>
/// Portable queries run unchanged on both engines. An unknown function still parses as T-SQL, so
/// the parse tree is searched for functions outside the set both SQLite and SQL Server provide.
/// </summary>
public sealed class PortableSqlTests
{
    /// <summary>Functions with the same name and meaning on SQLite and SQL Server.</summary>
    public static readonly IReadOnlySet<string> PortableFunctions = new HashSet<string>(StringComparer.Ordinal)
    {
        "COALESCE", "NULLIF", "CAST", "ROUND", "ABS", "SUM", "COUNT", "MIN", "MAX", "AVG",
        "ROW_NUMBER", "RANK", "DENSE_RANK", "NTILE", "LAG", "LEAD", "FIRST_VALUE", "LAST_VALUE",
        "UPPER", "LOWER", "REPLACE",
    };

    /// <summary>Every portable statement the product runs: data tests, views, query files, the loader's and the service's statements.</summary>
    public static TheoryData<string> PortableStatements() => [.. ProductStatements.Portable.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(PortableStatements))]
    public void A_portable_statement_parses_as_TSql_and_calls_only_functions_both_engines_provide(string name)
    {
        var statement = ProductStatements.Portable.Single(s => s.Name == name);
        var foreign = TSql.FunctionsCalledBy(statement.Sql, statement.Name).Except(PortableFunctions).ToList();

        Assert.True(foreign.Count == 0, $"{statement.Name} calls {string.Join(", ", foreign)}, which one of the engines lacks.");
    }

    [Fact]
    public void The_portable_statements_include_every_kind()
    {
        var names = ProductStatements.Portable.Select(s => s.Name).ToList();

        Assert.Contains(names, n => n.StartsWith("data test ", StringComparison.Ordinal));
        Assert.Contains("view v_subjects_as_received", names);
        Assert.Contains(names, n => n.EndsWith("reconciliation_differences.sql", StringComparison.Ordinal));
        Assert.Contains("ConformingSql.ConformProgrammes", names);
        Assert.Contains("ServiceSql.RecentRuns", names);
        Assert.Contains("DimensionSql.Units", names);
        Assert.Contains(names, n => n.EndsWith("programmes_by_region_quarter.sql", StringComparison.Ordinal));
    }

    [Fact]
    public void The_function_check_catches_an_engine_specific_function()
    {
        var called = TSql.FunctionsCalledBy("SELECT LEN(name_ru), ifnull(population, 0), julianday('now') FROM dim_region", "example");

        Assert.Equal(["IFNULL", "JULIANDAY", "LEN"], called.Except(PortableFunctions).Order(StringComparer.Ordinal));
    }
}
