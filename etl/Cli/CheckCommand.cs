using System.CommandLine;
using VolunteerDW.Warehouse.Checks;
using VolunteerDW.Warehouse.Migrations;

namespace VolunteerDW.Etl.Cli;

/// <summary><c>vdw check</c>: runs the data tests and prints each with pass or fail.</summary>
internal static class CheckCommand
{
    /// <summary>Exit code when a data test fails.</summary>
    public const int TestsFailed = 1;

    public static Command Create()
    {
        var command = new Command("check",
            "Run the warehouse's data tests (keys, relationships, region history) and print each with PASS or FAIL. Exits with 1 when any fails.");
        VerbAction.Set(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(VerbContext context, CancellationToken cancellationToken)
    {
        var warehouse = context.Warehouse();
        await context.Output.WriteLineAsync($"Warehouse: {warehouse.Settings.Describe()}");
        var pending = await new WarehouseMigrator(warehouse).PendingAsync(cancellationToken);
        if (pending.Count > 0)
        {
            await context.Error.WriteLineAsync(
                $"vdw: the warehouse is not up to date ({pending.Count} migration(s) pending, first {pending[0]}); run `vdw migrate` first.");
            return VerbAction.Failed;
        }

        var results = await new DataTestRunner(warehouse).RunAsync(cancellationToken: cancellationToken);
        var width = results.Max(r => r.Test.Name.Length);
        foreach (var result in results)
        {
            await context.Output.WriteLineAsync(
                $"{(result.Passed ? "PASS" : "FAIL")}  {result.Test.Name.PadRight(width)}  {result.Test.Description}");
            if (!result.Passed)
            {
                await context.Output.WriteLineAsync($"      {result.Failures} row(s) violate it, e.g.:");
                foreach (var example in result.Examples)
                {
                    await context.Output.WriteLineAsync($"        {example}");
                }
            }
        }

        var failed = results.Count(r => !r.Passed);
        await context.Output.WriteLineAsync($"{results.Count - failed} passed, {failed} failed");
        return failed == 0 ? 0 : TestsFailed;
    }
}
