using DbUp;
using DbUp.Builder;
using DbUp.Engine;
using DbUp.Engine.Output;
using DbUp.SqlServer;
using DbUp.Support;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Diagnostics;

namespace VolunteerDW.Warehouse.Migrations;

/// <summary>
/// Creates or upgrades the warehouse with DbUp: each script runs in its own transaction and is
/// journalled in <c>schema_versions</c>, so a failed script leaves the database at the last good one.
/// </summary>
public sealed class WarehouseMigrator
{
    /// <summary>The journal table DbUp keeps on both engines.</summary>
    public const string JournalTable = "schema_versions";

    private readonly WarehouseConnectionFactory _connections;
    private readonly IReadOnlyList<SqlScript> _scripts;

    /// <summary>A migrator for the shipped scripts and views, or for the given scripts.</summary>
    public WarehouseMigrator(WarehouseConnectionFactory connections, IReadOnlyList<SqlScript>? scripts = null)
    {
        ArgumentNullException.ThrowIfNull(connections);
        _connections = connections;
        _scripts = scripts ?? [.. MigrationScripts.For(connections.Settings.Engine), MigrationScripts.Views(connections.Settings.Engine)];
    }

    /// <summary>The names of the migrations not yet applied (the views, re-created every time, are not counted).</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken = default) =>
        [.. (await PendingScriptsAsync(cancellationToken)).Select(script => script.Name)];

    /// <summary>
    /// What <see cref="MigrateAsync"/> would run on this SQL Server warehouse — its pending
    /// migrations, then the views — as one T-SQL file for a database administrator to run.
    /// </summary>
    public async Task<string> DeployScriptAsync(CancellationToken cancellationToken = default)
    {
        if (_connections.Settings.Engine != WarehouseEngine.SqlServer)
        {
            throw new WarehouseConfigurationException("a deploy script is written for SQL Server; the configured warehouse is SQLite.");
        }

        return DeployScript.Write(await PendingScriptsAsync(cancellationToken), MigrationScripts.Views(WarehouseEngine.SqlServer), _connections.Settings.Describe());
    }

    /// <summary>The deploy script for a SQL Server database that has nothing of the warehouse yet.</summary>
    public static string DeployScriptForEmptyDatabase() =>
        DeployScript.Write(MigrationScripts.For(WarehouseEngine.SqlServer), MigrationScripts.Views(WarehouseEngine.SqlServer), "an empty SQL Server database");

    private async Task<List<SqlScript>> PendingScriptsAsync(CancellationToken cancellationToken)
    {
        // Asking must not create anything: the database has to exist and be reachable already.
        await using (await _connections.OpenAsync(cancellationToken: cancellationToken))
        {
        }

        return [.. Engine().GetScriptsToExecute().Where(RunsOnce)];
    }

    /// <summary>Applies every pending migration, re-creates the views, and returns the migrations' names (none when up to date).</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await EnsureDatabaseAsync(cancellationToken);
        return Upgrade();
    }

    /// <summary>
    /// Like <see cref="MigrateAsync"/>, but leaves an up-to-date warehouse, views included, alone:
    /// for a process that runs under a login that may write rows but not change the schema.
    /// </summary>
    public async Task<IReadOnlyList<string>> MigrateIfBehindAsync(CancellationToken cancellationToken = default)
    {
        await EnsureDatabaseAsync(cancellationToken);
        return Engine().GetScriptsToExecute().Any(RunsOnce) ? Upgrade() : [];
    }

    private List<string> Upgrade()
    {
        var engine = Engine();
        var toRun = engine.GetScriptsToExecute().Count;
        var executed = 0;
        // Each script has committed and been journalled when DbUp reports it executed.
        engine.ScriptExecuted += (_, _) =>
        {
            if (++executed < toRun)
            {
                FaultPoints.Reach(FaultPoints.BetweenMigrations);
            }
        };
        var result = engine.PerformUpgrade();
        var applied = result.Scripts.Where(RunsOnce).Select(script => script.Name).ToList();
        if (!result.Successful)
        {
            var failed = result.ErrorScript?.Name ?? "(unknown script)";
            throw new MigrationFailedException(failed, applied.Where(name => name != failed).ToList(), result.Error);
        }

        return applied;
    }

    private static bool RunsOnce(SqlScript script) => script.SqlScriptOptions.ScriptType == ScriptType.RunOnce;

    // DbUp's own console output is replaced by the caller's report of what was applied. SQLite
    // scripts run with foreign keys unenforced — PRAGMA foreign_keys cannot change inside the
    // transaction DbUp gives each script, and a table that others reference can only be rebuilt
    // without it — so each ends by checking every foreign key itself (SqliteForeignKeyCheck). Its
    // connections are not pooled: an idle one left open would hold up whoever next needs the file alone.
    private UpgradeEngine Engine()
    {
        UpgradeEngineBuilder builder = _connections.Settings.Engine == WarehouseEngine.Sqlite
            ? DeployChanges.To.SqliteDatabase(new SqliteConnectionStringBuilder(_connections.EffectiveConnectionString) { ForeignKeys = false, Pooling = false }.ToString())
                .JournalToSqliteTable(JournalTable)
                .WithPreprocessor(new SqliteForeignKeyCheck())
            : DeployChanges.To.SqlDatabase(_connections.EffectiveConnectionString).JournalToSqlTable("dbo", JournalTable);
        return builder
            .WithScripts(_scripts)
            .WithTransactionPerScript()
            .WithVariablesDisabled()
            .LogToNowhere()
            .Build();
    }

    /// <summary>
    /// Makes sure the database exists and is reachable, so that a wrong connection fails with one
    /// clear message before DbUp starts: SQLite creates the file (in WAL mode); SQL Server creates
    /// the database when the login may.
    /// </summary>
    private async Task EnsureDatabaseAsync(CancellationToken cancellationToken)
    {
        if (_connections.Settings.Engine == WarehouseEngine.SqlServer)
        {
            try
            {
                EnsureDatabase.For.SqlDatabase(_connections.Settings.ConnectionString, new NoOpUpgradeLog(), -1, AzureDatabaseEdition.None);
            }
            catch (Exception exception) when (exception is SqlException or InvalidOperationException or ArgumentException)
            {
                throw new WarehouseUnavailableException(_connections.Settings, exception.Message.Split('\n')[0].Trim(), exception);
            }
        }

        await using var connection = await _connections.OpenAsync(createIfMissing: true, cancellationToken);
    }
}
