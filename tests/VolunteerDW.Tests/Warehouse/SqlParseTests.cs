using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Checks;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Migrations;
using VolunteerDW.Warehouse.ReferenceData;
using VolunteerDW.Warehouse.Views;

namespace VolunteerDW.Tests.Warehouse;

/// <summary>No SQL Server runs on the build machines, so every T-SQL text must at least parse.</summary>
public sealed class SqlParseTests
{
    /// <summary>
    /// Every .sql file in the repository except the SQLite migrations, which are not T-SQL, and the
    /// view files, which are written out by <see cref="ViewCatalog"/> before either engine sees them.
    /// </summary>
    public static TheoryData<string> TSqlFiles() => [.. TSqlPaths()];

    private static List<string> TSqlPaths() => [.. RepoPaths.Files(".sql")
        .Select(RepoPaths.Relative)
        .Where(path => !path.StartsWith(Path.Combine("warehouse", "Migrations", "Sqlite"), StringComparison.Ordinal)
                    && !path.StartsWith(Path.Combine("warehouse", "Views"), StringComparison.Ordinal))];

    [Theory, MemberData(nameof(TSqlFiles))]
    public void Every_TSql_file_parses_at_SQL_Server_2019_level(string path)
    {
        TSql.Parse(File.ReadAllText(RepoPaths.Of(path)), path);
    }

    [Fact]
    public void The_TSql_files_include_the_migrations_and_the_data_tests()
    {
        var files = TSqlPaths();
        Assert.Contains(files, f => f.StartsWith(Path.Combine("warehouse", "Migrations", "SqlServer"), StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith(Path.Combine("warehouse", "Checks"), StringComparison.Ordinal));
    }

    [Fact]
    public void The_generated_reference_data_script_parses_as_TSql_and_keeps_Kazakh_text_as_Unicode()
    {
        var script = ReferenceDataScript.Generate(SqlDialect.SqlServer);

        TSql.Parse(script, ReferenceDataScript.Name);
        Assert.Contains("N'Семей қаласы'", script, StringComparison.Ordinal);
        Assert.Contains("INSERT INTO dbo.dim_region", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_views_script_for_SQL_Server_parses_as_TSql_and_grants_the_analysts_every_view()
    {
        var script = ViewCatalog.Script(SqlDialect.SqlServer);

        TSql.Parse(script, MigrationScripts.ViewsName);
        Assert.All(ViewCatalog.All, view =>
        {
            Assert.Contains($"CREATE VIEW dbo.{view.Name} AS", script, StringComparison.Ordinal);
            Assert.Contains($"GRANT SELECT ON dbo.{view.Name} TO vdw_analyst, vdw_regional_analyst;", script, StringComparison.Ordinal);
        });
        Assert.DoesNotMatch(@"(FROM|JOIN)\s+(dim|fact|etl|stg|ref|v)_", script);
    }

    [Fact]
    public void Every_data_test_and_the_catalogue_queries_it_is_derived_from_parse_as_TSql()
    {
        foreach (var test in TSqlKeys.SqlServerDataTests)
        {
            TSql.Parse(test.Sql, test.Name);
        }

        TSql.Parse(SchemaKeys.SqlServerUniqueKeys, "unique keys of the catalogue");
        TSql.Parse(SchemaKeys.SqlServerForeignKeys, "foreign keys of the catalogue");
    }

    [Fact]
    public void The_statements_written_for_SQL_Server_alone_parse_as_TSql()
    {
        TSql.Parse(SqlDialect.SqlServer.LoadLock!, "load lock");
        TSql.Parse(SqlDialect.SqlServer.LastInsertedKey, "last inserted key");
        TSql.Parse(WarehouseLock.AcquireSql, "warehouse lock");
        TSql.Parse(WarehouseLock.ReleaseSql, "warehouse lock release");
    }
}
