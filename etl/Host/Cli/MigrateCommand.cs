using System.CommandLine;
using VolunteerDW.Warehouse.Migrations;

namespace VolunteerDW.Host.Cli;

/// <summary><c>vdw migrate</c>: creates the warehouse or brings it up to date.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate",
            "Create the warehouse or upgrade it to the latest schema. Safe to run again: it applies only what is missing.");
        VerbAction.Set(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(VerbContext context, CancellationToken cancellationToken)
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
}
