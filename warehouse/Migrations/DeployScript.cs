using System.Globalization;
using System.Text;
using DbUp.Engine;
using DbUp.Support;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Warehouse.Migrations;

/// <summary>
/// The T-SQL that <c>vdw migrate</c> would run on a SQL Server warehouse, as one file a database
/// administrator reviews and runs with <c>sqlcmd</c> or SSMS: each pending migration in its own
/// transaction with its journal row, as DbUp runs them, then the views and their grants. A later
/// <c>vdw migrate</c> finds the journal rows and applies nothing twice.
/// </summary>
public static class DeployScript
{
    // After a batch fails, every later batch is compiled but not run, so the file stops at the
    // first error even where the tool running it does not (sqlcmd without -b, SSMS). An error while
    // running has already rolled the migration back (SET XACT_ABORT ON); one found while compiling
    // leaves the transaction open with @@ERROR set, and the footer rolls it back.
    private const string StopAfterFailure = "IF @@TRANCOUNT = 0 OR @@ERROR <> 0 SET NOEXEC ON;\nGO\n";

    /// <summary>
    /// The script for the pending migrations, then the views. <paramref name="target"/> says in a
    /// comment which database it was written for.
    /// </summary>
    public static string Write(IReadOnlyList<SqlScript> pending, SqlScript views, string target)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(views);
        var script = new StringBuilder();
        Header(script, pending, target);
        foreach (var migration in pending)
        {
            Transaction(script, migration, journalled: true);
        }

        Transaction(script, views, journalled: false);
        Footer(script);
        return script.ToString();
    }

    private static void Header(StringBuilder script, IReadOnlyList<SqlScript> pending, string target)
    {
        script.Append(CultureInfo.InvariantCulture, $"""
            -- VolunteerDW warehouse: deploy script written by `vdw migrate --script` for {target.ReplaceLineEndings(" ")}.
            -- Pending migrations: {(pending.Count == 0 ? "none" : string.Join(", ", pending.Select(s => s.Name)))}; then the views and their grants.
            --
            -- Run it in the warehouse database as a member of db_owner, for example:
            --     sqlcmd -S <server> -d <database> -E -b -i <this file>
            -- (-b: stop at the first error; in SSMS, SQLCMD mode with :on error exit does the same).
            -- Each migration runs in a transaction of its own and writes its row in dbo.{WarehouseMigrator.JournalTable},
            -- the journal `vdw migrate` reads, so it is never applied twice. On an error the migration
            -- under way is rolled back, nothing after it runs, and the script ends with an error saying so;
            -- the migrations before it stay committed. Write the script again after fixing the cause.

            SET ANSI_NULLS ON;
            SET ANSI_PADDING ON;
            SET ANSI_WARNINGS ON;
            SET ARITHABORT ON;
            SET CONCAT_NULL_YIELDS_NULL ON;
            SET NUMERIC_ROUNDABORT OFF;
            SET QUOTED_IDENTIFIER ON;
            SET XACT_ABORT ON;
            SET NOCOUNT ON;
            GO

            -- The journal, as DbUp creates it when it is missing.
            IF NOT EXISTS (SELECT 1 FROM sys.tables WHERE name = N'{WarehouseMigrator.JournalTable}' AND schema_id = SCHEMA_ID(N'dbo'))
                CREATE TABLE dbo.{WarehouseMigrator.JournalTable} (
                    Id          INT IDENTITY(1, 1) NOT NULL CONSTRAINT PK_{WarehouseMigrator.JournalTable}_Id PRIMARY KEY,
                    ScriptName  NVARCHAR(255) NOT NULL,
                    Applied     DATETIME NOT NULL
                );
            GO

            """);
    }

    private static void Transaction(StringBuilder script, SqlScript migration, bool journalled)
    {
        script.Append(CultureInfo.InvariantCulture, $"""

            -- ----------------------------------------------------------------------------
            -- {migration.Name}
            -- ----------------------------------------------------------------------------
            PRINT {SqlDialect.SqlServer.Literal(migration.Name)};
            BEGIN TRANSACTION;
            GO

            """);
        foreach (var batch in new SqlCommandSplitter().SplitScriptIntoCommands(migration.Contents))
        {
            script.Append(batch.TrimEnd()).Append("\nGO\n").Append(StopAfterFailure);
        }

        if (journalled)
        {
            script.Append(CultureInfo.InvariantCulture, $"INSERT INTO dbo.{WarehouseMigrator.JournalTable} (ScriptName, Applied) VALUES ({SqlDialect.SqlServer.Literal(migration.Name)}, GETDATE());\n");
        }

        script.Append("COMMIT TRANSACTION;\nGO\n");
    }

    // The mark is set only when every batch above ran; NOEXEC is turned off again so that the
    // check after it runs even when one did not.
    private static void Footer(StringBuilder script)
    {
        script.Append("""

            EXEC sys.sp_set_session_context @key = N'volunteerdw_deploy_complete', @value = 1;
            GO
            SET NOEXEC OFF;
            GO
            IF @@TRANCOUNT > 0
                ROLLBACK TRANSACTION;
            IF SESSION_CONTEXT(N'volunteerdw_deploy_complete') IS NULL
                RAISERROR (N'The deploy stopped at the first error above: the migration under way was rolled back and nothing after it ran.', 16, 1);
            ELSE
                PRINT N'The warehouse is up to date.';
            GO

            """);
    }
}
