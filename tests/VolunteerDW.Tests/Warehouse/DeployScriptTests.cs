using System.Text;
using Dapper;
using DbUp.Support;
using Microsoft.Data.SqlClient;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Migrations;
using Xunit.Abstractions;

namespace VolunteerDW.Tests.Warehouse;

/// <summary>
/// <c>vdw migrate --script</c>: the T-SQL a database administrator reviews and runs instead of
/// letting the application change the production schema.
/// </summary>
public sealed class DeployScriptTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("vdw-deploy-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Without_a_server_it_writes_the_script_for_an_empty_database_and_applies_nothing()
    {
        var database = Path.Combine(_folder, "warehouse.db");
        var path = Path.Combine(_folder, "deploy.sql");

        var run = await CliRun.ExecuteAsync("migrate", "--script", path, "--engine", "sqlite", "--connection", database);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Deploy script for an empty SQL Server database (the configured warehouse is SQLite): {path}", run.Output, StringComparison.Ordinal);
        Assert.Contains("Nothing was applied.", run.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(database));
        Assert.Equal(WarehouseMigrator.DeployScriptForEmptyDatabase(), await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task The_script_parses_compiles_in_the_model_and_creates_every_table_and_view_a_migrated_SQLite_warehouse_has()
    {
        var script = WarehouseMigrator.DeployScriptForEmptyDatabase();

        var schema = ProductionSchema.Replay([(script, "deploy script")]);
        using var model = schema.Compile();

        Assert.Empty(ProductionSchema.Problems(model));
        var sqlite = await SqliteObjects.OfMigratedWarehouseAsync(withJournal: true);
        Assert.Equal(sqlite.Tables, schema.Tables);
        Assert.Equal(sqlite.Views, schema.Views);
        foreach (var kind in schema.LeftOut.GroupBy(line => line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..]))
        {
            output.WriteLine($"left out {kind.Count()}×: {kind.Key}");
        }
    }

    [Fact]
    public void The_script_builds_the_same_schema_as_the_migrations_vdw_migrate_runs()
    {
        var fromScript = ProductionSchema.Replay([(WarehouseMigrator.DeployScriptForEmptyDatabase(), "deploy script")]);
        var fromMigrations = ProductionSchema.OfShippedMigrations();

        Assert.Equal(fromMigrations.Tables.Append(WarehouseMigrator.JournalTable).Order(StringComparer.Ordinal), fromScript.Tables);
        Assert.Equal(fromMigrations.Scripted(), fromScript.Scripted().Where(s => !s.Contains(WarehouseMigrator.JournalTable, StringComparison.Ordinal)));
    }

    [Fact]
    public void Each_migration_runs_in_a_transaction_of_its_own_that_ends_by_writing_its_journal_row_then_the_views_unjournalled()
    {
        var statements = Statements(WarehouseMigrator.DeployScriptForEmptyDatabase());

        var journalled = new List<string>();
        var open = false;
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case BeginTransactionStatement:
                    Assert.False(open, "A transaction began inside another.");
                    open = true;
                    break;
                case CommitTransactionStatement:
                    Assert.True(open, "A commit without a transaction.");
                    open = false;
                    break;
                case InsertStatement { InsertSpecification.Target: NamedTableReference table } insert
                    when table.SchemaObject.BaseIdentifier.Value == WarehouseMigrator.JournalTable:
                    Assert.True(open, "A journal row written outside the migration's transaction.");
                    journalled.Add(JournalledName(insert));
                    break;
                case CreateTableStatement or CreateViewStatement or CreateIndexStatement or CreateFunctionStatement or CreateSecurityPolicyStatement
                    or AlterTableStatement or InsertStatement or GrantStatement:
                    Assert.True(open, $"Line {statement.StartLine} runs outside a transaction.");
                    break;
            }
        }

        Assert.False(open);
        Assert.Equal(MigrationScripts.For(WarehouseEngine.SqlServer).Select(s => s.Name), journalled);
    }

    [Fact]
    public void After_every_batch_of_a_migration_the_script_stops_running_if_that_batch_failed()
    {
        var batches = ((TSqlScript)TSql.Parse(WarehouseMigrator.DeployScriptForEmptyDatabase(), "deploy script")).Batches;

        var inTransaction = false;
        for (var i = 0; i < batches.Count; i++)
        {
            var batch = batches[i];
            if (inTransaction && !IsStopGuard(batch) && batch.Statements[^1] is not CommitTransactionStatement)
            {
                Assert.True(IsStopGuard(batches[i + 1]), $"The batch at line {batch.StartLine} is not followed by the guard that stops the script after a failure.");
            }

            inTransaction = batch.Statements.Aggregate(inTransaction, (open, s) => s switch
            {
                BeginTransactionStatement => true,
                CommitTransactionStatement => false,
                _ => open,
            });
        }
    }

    [Fact]
    public async Task The_file_is_UTF8_with_a_byte_order_mark_so_sqlcmd_keeps_the_Kazakh_names()
    {
        var path = Path.Combine(_folder, "deploy.sql");

        await CliRun.ExecuteAsync("migrate", "--script", path, "--empty", "--engine", "sqlite", "--connection", Path.Combine(_folder, "w.db"));

        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Contains("N'Семей қаласы'", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task For_a_configured_server_it_must_reach_the_server_and_writes_nothing_when_it_cannot()
    {
        var path = Path.Combine(_folder, "deploy.sql");

        var run = await CliRun.ExecuteAsync("migrate", "--script", path, "--engine", "sqlserver", "--connection",
            "Server=tcp:127.0.0.1,1;Database=vdw;Connect Timeout=2;Encrypt=false");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("vdw: Cannot open the warehouse (SQL Server tcp:127.0.0.1,1, database vdw)", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Empty_without_script_is_refused()
    {
        var run = await CliRun.ExecuteAsync("migrate", "--empty", "--engine", "sqlite", "--connection", Path.Combine(_folder, "w.db"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--empty goes with --script", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "w.db")));
    }

    /// <summary>
    /// On a real server: the script written for a database part-way migrated applies the rest, and
    /// afterwards <c>vdw migrate</c> finds nothing to apply.
    /// </summary>
    [Theory]
    [SqlServerEngine]
    public async Task On_a_server_the_script_applies_what_is_pending_and_migrate_then_finds_nothing_to_do(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.EmptyAsync(engine);
        var firstFive = MigrationScripts.For(engine).Take(5).ToList();
        await new WarehouseMigrator(warehouse.Connections, firstFive).MigrateAsync();

        var script = await new WarehouseMigrator(warehouse.Connections).DeployScriptAsync();
        await using (var connection = new SqlConnection(warehouse.Settings.ConnectionString))
        {
            await connection.OpenAsync();
            foreach (var batch in new SqlCommandSplitter().SplitScriptIntoCommands(script))
            {
                await connection.ExecuteAsync(batch);
            }
        }

        Assert.DoesNotContain(firstFive[0].Name, script, StringComparison.Ordinal);
        Assert.Empty(await new WarehouseMigrator(warehouse.Connections).PendingAsync());
    }

    private static List<TSqlStatement> Statements(string script) =>
        [.. ((TSqlScript)TSql.Parse(script, "deploy script")).Batches.SelectMany(b => b.Statements)];

    private static bool IsStopGuard(TSqlBatch batch) =>
        batch.Statements is [IfStatement { ThenStatement: PredicateSetStatement { Options: SetOptions.NoExec, IsOn: true } }];

    private static string JournalledName(InsertStatement insert)
    {
        var row = ((ValuesInsertSource)insert.InsertSpecification.InsertSource).RowValues.Single();
        return ((StringLiteral)row.ColumnValues[0]).Value;
    }
}
