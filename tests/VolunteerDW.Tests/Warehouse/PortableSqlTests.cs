using System.Reflection;
using VolunteerDW.Etl.Conforming;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Etl.Quality;
using VolunteerDW.Etl.Staging;
using VolunteerDW.Host.Service;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Timeliness;
using VolunteerDW.Warehouse.Views;

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
    public static TheoryData<string> PortableStatements() => [.. StatementNames()];

    [Theory]
    [MemberData(nameof(PortableStatements))]
    public void A_portable_statement_parses_as_TSql_and_calls_only_functions_both_engines_provide(string name)
    {
        var sql = SqlOf(name);

        var foreign = TSql.FunctionsCalledBy(sql, name).Except(PortableFunctions).ToList();

        Assert.True(foreign.Count == 0, $"{name} calls {string.Join(", ", foreign)}, which one of the engines lacks.");
    }

    [Fact]
    public void The_portable_statements_include_every_kind()
    {
        var names = StatementNames();

        Assert.Contains(names, n => n.StartsWith("data test ", StringComparison.Ordinal));
        Assert.Contains("view v_subjects_as_received", names);
        Assert.Contains(names, n => n.EndsWith("reconciliation_differences.sql", StringComparison.Ordinal));
        Assert.Contains("ConformingSql.ConformProgrammes", names);
        Assert.Contains("ServiceSql.RecentRuns", names);
        Assert.Contains(names, n => n.EndsWith("programmes_by_region_quarter.sql", StringComparison.Ordinal));
    }

    private static List<string> StatementNames() =>
    [
        .. TSqlKeys.SqlServerDataTests.Select(t => $"data test {t.Name}"),
        .. ViewCatalog.All.Select(v => $"view {v.Name}"),
        .. PortableQueryFiles().Select(RepoPaths.Relative),
        .. StatementHolders.SelectMany(holder => Statements(holder).Select(s => $"{holder.Name}.{s.Name}")),
    ];

    // The classes that keep a stage's statements as constants.
    private static readonly Type[] StatementHolders =
        [typeof(LoaderSql), typeof(StagingSql), typeof(ConformingSql), typeof(QualitySql), typeof(ServiceSql), typeof(TimelinessSql)];

    private static string SqlOf(string name) => name switch
    {
        _ when name.StartsWith("data test ", StringComparison.Ordinal) => TSqlKeys.SqlServerDataTests.Single(t => $"data test {t.Name}" == name).Sql,
        _ when name.StartsWith("view ", StringComparison.Ordinal) => ViewCatalog.All.Single(v => $"view {v.Name}" == name).Sql,
        _ when StatementHolders.FirstOrDefault(h => name.StartsWith($"{h.Name}.", StringComparison.Ordinal)) is { } holder => Statement(holder, name),
        _ => File.ReadAllText(RepoPaths.Of(name)),
    };

    private static IEnumerable<string> PortableQueryFiles() =>
        RepoPaths.Files(".sql", "etl", "Queries").Concat(RepoPaths.Files(".sql", "warehouse", "Checks")).Concat(RepoPaths.Files(".sql", "reports", "Queries"))
            .Concat(RepoPaths.Files(".sql", "warehouse", "Examples"));

    private static IEnumerable<FieldInfo> Statements(Type holder) =>
        holder.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => (f.IsLiteral || f.IsInitOnly) && f.FieldType == typeof(string));

    private static string Statement(Type holder, string name) =>
        (string)Statements(holder).Single(f => $"{holder.Name}.{f.Name}" == name).GetValue(null)!;

    [Fact]
    public void The_function_check_catches_an_engine_specific_function()
    {
        var called = TSql.FunctionsCalledBy("SELECT LEN(name_ru), ifnull(population, 0), julianday('now') FROM dim_region", "example");

        Assert.Equal(["IFNULL", "JULIANDAY", "LEN"], called.Except(PortableFunctions).Order(StringComparer.Ordinal));
    }
}
