using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Views;
using Xunit.Abstractions;

namespace VolunteerDW.Tests.Warehouse;

/// <summary>
/// No SQL Server runs here, so the production schema is compiled instead: DacFx builds a model of
/// what the migrations leave and resolves every name in it, and every statement the product sends
/// to SQL Server is compiled against that model as the body of a procedure. Parsing alone accepts
/// a column that does not exist; the model does not.
/// </summary>
public sealed class SqlServerModelTests(ITestOutputHelper output)
{
    [Fact]
    public void The_schema_the_migrations_leave_compiles_with_no_errors_or_warnings_and_says_what_it_left_out()
    {
        var schema = ProductionSchema.OfShippedMigrations();

        using var model = schema.Compile();

        Assert.Empty(ProductionSchema.Problems(model));
        foreach (var line in schema.LeftOut)
        {
            output.WriteLine($"left out: {line}");
        }

        // Only rows, guards and the one piece of dynamic SQL are left out; the replay refuses anything else.
        Assert.All(schema.LeftOut, line => Assert.Matches(@"(rows, not schema|IF NOT EXISTS guard|runs code)", line));
    }

    [Fact]
    public async Task The_model_holds_every_table_and_view_a_migrated_SQLite_warehouse_has()
    {
        var schema = ProductionSchema.OfShippedMigrations();

        var sqlite = await SqliteObjects.OfMigratedWarehouseAsync(withJournal: false);

        Assert.Equal(sqlite.Tables, schema.Tables);
        Assert.Equal(sqlite.Views, schema.Views);
        Assert.Equal(ViewCatalog.All.Count, sqlite.Views.Count);
    }

    [Fact]
    public void Every_statement_sent_to_SQL_Server_compiles_against_the_model()
    {
        var (checkedStatements, systemStatements) = Statements();

        var problems = CompileStatements(ProductionSchema.ShippedScripts, checkedStatements);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        output.WriteLine($"{checkedStatements.Count} statements compiled against the model; parsed only, as they use the server's own objects:");
        foreach (var statement in systemStatements)
        {
            output.WriteLine($"  {statement.Name}");
        }
    }

    [Fact]
    public void Only_the_statements_that_use_the_servers_own_catalogue_and_locks_are_left_to_the_parse_tests()
    {
        var (_, systemStatements) = Statements();

        Assert.Equal(
            ["SchemaKeys.SqlServerForeignKeys", "SchemaKeys.SqlServerUniqueKeys", "SqlDialect.LoadLock", "WarehouseLock.AcquireSql", "WarehouseLock.ReleaseSql"],
            systemStatements.Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_statements_include_each_kind_the_product_sends()
    {
        var names = Statements().Checked.Select(s => s.Name).ToList();

        Assert.Contains(names, n => n.StartsWith(Path.Combine("reports", "Queries"), StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith(Path.Combine("warehouse", "Examples"), StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("data test ", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("ServiceSql.", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("ConformingSql.", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("stg_programme INSERT at full size", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.StartsWith("view ", StringComparison.Ordinal));
    }

    /// <summary>A column misspelt in one place, by where it is, what is replaced and with what.</summary>
    public static TheoryData<string, string, string> Misspellings() => new()
    {
        { "0005_facts.sql", "INCLUDE (in_partnership, volunteers, beneficiaries, volunteer_hours, funding_kzt)", "INCLUDE (in_partnership, volunteers, beneficiaries, volunteer_hour, funding_kzt)" },
        { MigrationScriptsViews, "u.region_kato,", "u.region_kat," },
        { "0012_region_of_unit.sql", "ON granted.region_kato = unit.region_kato", "ON granted.region_kato = unit.region_kat" },
        { Path.Combine("reports", "Queries", "programmes_by_region_quarter.sql"), "volunteer_hours", "volunteer_hour" },
        { "ConformingSql.ConformProgrammes", "beneficiaries", "beneficiary" },
        { "stg_programme INSERT at full size", "beneficiaries", "beneficiary" },
        { "ServiceSql.RecentRuns", "outcome AS Outcome", "outcom AS Outcome" },
        { Path.Combine("warehouse", "Examples", "06_volunteer_hours_by_activity_and_quarter.sql"), "SUM(CAST(w.volunteer_hours AS BIGINT))", "SUM(CAST(w.volunteer_hour AS BIGINT))" },
    };

    private const string MigrationScriptsViews = VolunteerDW.Warehouse.Migrations.MigrationScripts.ViewsName;

    [Theory]
    [MemberData(nameof(Misspellings))]
    public void A_misspelt_column_anywhere_fails_the_model(string where, string text, string misspelt)
    {
        var scripts = ProductionSchema.ShippedScripts.Select(s => s.Source == where ? (Misspell(s.Sql, where, text, misspelt), s.Source) : s).ToList();
        var statements = Statements().Checked.Select(s => s.Name == where ? s with { Sql = Misspell(s.Sql, where, text, misspelt) } : s).ToList();
        Assert.True(scripts.Any(s => s.Source == where) || statements.Any(s => s.Name == where), $"Nothing is called {where}.");

        var problems = CompileStatements(scripts, statements);

        var wrong = misspelt.Split(' ', ',', '(', ')', '.').Where(w => w.Length > 0).Except(text.Split(' ', ',', '(', ')', '.')).Single();
        Assert.Contains(problems, p => p.Contains(wrong, StringComparison.Ordinal));
        output.WriteLine(string.Join("\n", problems));
    }

    // Each statement's problems are told by its name, not by the procedure it was wrapped in.
    private static List<string> CompileStatements(IReadOnlyList<(string Sql, string Source)> scripts, List<ProductStatement> statements)
    {
        var schema = ProductionSchema.Replay(scripts);
        using var model = schema.Compile(statements.Select(StatementProcedure.Of));
        return [.. ProductionSchema.Problems(model).Select(problem => Enumerable.Range(0, statements.Count)
            .Where(i => problem.Contains(StatementProcedure.Name(i), StringComparison.Ordinal))
            .Select(i => $"{statements[i].Name}: {problem}")
            .DefaultIfEmpty(problem)
            .First())];
    }

    private static (List<ProductStatement> Checked, List<ProductStatement> System) Statements()
    {
        var all = ProductStatements.SentToSqlServer.ToList();
        return ([.. all.Where(s => !StatementProcedure.UsesSystemObjects(s))], [.. all.Where(StatementProcedure.UsesSystemObjects)]);
    }

    private static string Misspell(string sql, string where, string text, string misspelt)
    {
        Assert.True(sql.Contains(text, StringComparison.Ordinal), $"{where} does not contain '{text}'.");
        var at = sql.IndexOf(text, StringComparison.Ordinal);
        return string.Concat(sql.AsSpan(0, at), misspelt, sql.AsSpan(at + text.Length));
    }
}
