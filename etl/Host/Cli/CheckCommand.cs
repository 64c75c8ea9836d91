using System.CommandLine;
using VolunteerDW.Etl.Checking;
using VolunteerDW.Warehouse.Checks;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Host.Cli;

/// <summary><c>vdw check</c>: runs the data tests and prints each with pass or fail.</summary>
internal static class CheckCommand
{
    /// <summary>Exit code when a data test fails.</summary>
    public const int TestsFailed = 1;

    private static readonly Option<string?> QuarterOption = new("--quarter")
    {
        Description = "Also check a quarter, e.g. 2026Q3: units expected and received at each tier, who is missing or late, "
            + "reconciliation differences and warnings.",
        HelpName = "yyyyQn",
    };

    private static readonly Option<string?> Language = LanguageOption.Create();

    public static Command Create()
    {
        var command = new Command("check",
            "Run the warehouse's data tests (keys, relationships, region history) and print each with PASS or FAIL; "
            + "with --quarter, also that quarter's completeness, timeliness and findings. Exits with 1 when a data test fails.");
        command.Options.Add(QuarterOption);
        command.Options.Add(Language);
        VerbAction.Set(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(VerbContext context, CancellationToken cancellationToken)
    {
        var warehouse = context.Warehouse();
        await context.Output.WriteLineAsync($"Warehouse: {warehouse.Settings.Describe()}");
        await context.MigratedWarehouseAsync(cancellationToken);

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
        if (context.ParseResult.GetValue(QuarterOption) is { } text)
        {
            var report = await new QuarterCheck(warehouse, TimeProvider.System).RunAsync(ParseQuarter(text), cancellationToken);
            await new QuarterReportPrinter(context.Output, LanguageOption.Resolve(context.ParseResult, Language)).WriteAsync(report);
        }

        return failed == 0 ? 0 : TestsFailed;
    }

    private static Quarter ParseQuarter(string text)
    {
        if (!Quarter.TryParse(text, out var quarter) || !quarter.InCalendar)
        {
            throw new WarehouseConfigurationException($"'{text}' is not a quarter from {Quarter.First} to {Quarter.Last}: write it like 2026Q3.");
        }

        return quarter;
    }
}
