using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Checks;

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

    [Fact]
    public void Data_tests_call_only_functions_both_engines_provide()
    {
        foreach (var test in DataTestCatalog.All)
        {
            var foreign = TSql.FunctionsCalledBy(test.Sql, test.Name).Except(PortableFunctions).ToList();
            Assert.True(foreign.Count == 0, $"{test.Name} calls {string.Join(", ", foreign)}, which one of the engines lacks.");
        }
    }

    [Fact]
    public void The_function_check_catches_an_engine_specific_function()
    {
        var called = TSql.FunctionsCalledBy("SELECT LEN(name_ru), ifnull(population, 0), julianday('now') FROM dim_region", "example");

        Assert.Equal(["IFNULL", "JULIANDAY", "LEN"], called.Except(PortableFunctions).Order(StringComparer.Ordinal));
    }
}
