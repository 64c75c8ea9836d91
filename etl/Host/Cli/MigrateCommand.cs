using System.CommandLine;
using System.Text;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Migrations;

namespace VolunteerDW.Host.Cli;

/// <summary>
/// <c>vdw migrate</c>: creates the warehouse or brings it up to date; with <c>--script</c>, writes
/// what it would run on SQL Server to a file for a database administrator instead.
/// </summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var script = new Option<string?>("--script")
        {
            Description = "Apply nothing: write the T-SQL that migrate would run on the configured SQL Server (pending migrations, views, grants "
                + "and journal rows) to this file, for sqlcmd or SSMS. With a SQLite warehouse configured, or with --empty, the script is for an empty database.",
            HelpName = "file.sql",
        };
        var empty = new Option<bool>("--empty")
        {
            Description = "With --script: write the script for an empty SQL Server database, without connecting to any server.",
        };
        var command = new Command("migrate",
            "Create the warehouse or upgrade it to the latest schema. Safe to run again: it applies only what is missing.")
        {
            script, empty,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(empty) && result.GetValue(script) is null)
            {
                result.AddError("--empty goes with --script: it says which database the script is written for.");
            }
        });
        VerbAction.Set(command, (context, cancellationToken) => context.ParseResult.GetValue(script) is { } path
            ? WriteScriptAsync(context, path, context.ParseResult.GetValue(empty), cancellationToken)
            : MigrateAsync(context, cancellationToken));
        return command;
    }

    private static async Task<int> MigrateAsync(VerbContext context, CancellationToken cancellationToken)
    {
        var warehouse = context.Warehouse();
        await context.Output.WriteLineAsync($"Warehouse: {warehouse.Settings.Describe()}");
        IReadOnlyList<string> applied;
        try
        {
            applied = await new WarehouseMigrator(warehouse).MigrateAsync(cancellationToken);
        }
        catch (MigrationFailedException failure)
        {
            foreach (var name in failure.Applied)
            {
                await context.Output.WriteLineAsync($"  applied  {name}");
            }

            throw;
        }

        foreach (var name in applied)
        {
            await context.Output.WriteLineAsync($"  applied  {name}");
        }

        await context.Output.WriteLineAsync(applied.Count == 0
            ? "Nothing to apply: the warehouse is up to date."
            : $"Applied {applied.Count} migration(s); the warehouse is up to date.");
        return 0;
    }

    private static async Task<int> WriteScriptAsync(VerbContext context, string path, bool empty, CancellationToken cancellationToken)
    {
        var warehouse = context.Warehouse();
        var forServer = !empty && warehouse.Settings.Engine == WarehouseEngine.SqlServer;
        var sql = forServer
            ? await new WarehouseMigrator(warehouse).DeployScriptAsync(cancellationToken)
            : WarehouseMigrator.DeployScriptForEmptyDatabase();
        var fullPath = Path.GetFullPath(path);
        // With a byte-order mark, sqlcmd and SSMS read the Kazakh and Russian names as UTF-8 whatever the code page.
        await File.WriteAllTextAsync(fullPath, sql, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), cancellationToken);

        await context.Output.WriteLineAsync(forServer
            ? $"Deploy script for {warehouse.Settings.Describe()}: {fullPath}"
            : $"Deploy script for an empty SQL Server database{(empty ? string.Empty : " (the configured warehouse is SQLite)")}: {fullPath}");
        await context.Output.WriteLineAsync(
            "Nothing was applied. Review it, then run it in the warehouse database as db_owner: sqlcmd -S <server> -d <database> -E -b -i <file>");
        return 0;
    }
}
