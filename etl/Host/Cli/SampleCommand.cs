using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using VolunteerDW.Host.Samples;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Host.Cli;

/// <summary><c>vdw sample</c>: writes plausible quarterly returns for every reporting unit, as the loader receives them.</summary>
internal static class SampleCommand
{
    /// <summary>The seed when none is given.</summary>
    public const long DefaultSeed = 20170324;

    private static readonly Option<Quarter> From = QuarterOption("--from", new Quarter(2024, 1), "First quarter to generate");

    private static readonly Option<Quarter> To = QuarterOption("--to", new Quarter(2026, 2), "Last quarter to generate");

    private static readonly Option<string> Out = new("--out")
    {
        Description = "Folder to write to; each generated quarter's folder in it is replaced.",
        HelpName = "folder",
        DefaultValueFactory = _ => Path.Combine("data", "samples"),
    };

    private static readonly Option<long> Seed = new("--seed")
    {
        Description = "Seed: the same seed gives the same files.",
        HelpName = "number",
        DefaultValueFactory = _ => DefaultSeed,
    };

    public static Command Create()
    {
        var command = new Command("sample",
            "Write sample quarterly returns for every reporting unit of the warehouse, as the loader receives them: one zip per region and quarter, corrections, and a manifest of what was planted.")
        {
            From, To, Out, Seed,
        };
        VerbAction.Set(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(VerbContext context, CancellationToken cancellationToken)
    {
        var options = new SampleOptions(context.ParseResult.GetValue(From), context.ParseResult.GetValue(To),
            context.ParseResult.GetValue(Out)!, context.ParseResult.GetValue(Seed));
        if (options.Problem is { } problem)
        {
            await context.Error.WriteLineAsync($"vdw: {problem}");
            return VerbAction.Failed;
        }

        var (_, snapshot) = await context.DimensionsAsync(cancellationToken);

        var clock = Stopwatch.StartNew();
        SampleSummary summary;
        try
        {
            summary = new SampleGenerator(snapshot).Generate(options, cancellationToken);
        }
        catch (Exception exception) when (WriteFailure(exception) is { } failure)
        {
            await context.Error.WriteLineAsync($"vdw: cannot write the samples to {options.Output}: {failure.Message}");
            return VerbAction.Failed;
        }

        await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {summary.Packages} packages and {summary.Corrections} corrections ({summary.Returns:N0} returns, {summary.Rows:N0} rows, {summary.Bytes / 1048576.0:F1} MB) for {summary.Quarters} quarter(s), {options.From}–{options.To}, seed {options.Seed}, in {clock.Elapsed.TotalSeconds:F1} s."));
        await context.Output.WriteLineAsync($"Output: {Path.GetFullPath(options.Output)} (see {SampleManifest.FileName} and {SampleReadme.FileName} there)");
        return 0;
    }

    // Packages are written in parallel, so a failed write arrives wrapped.
    private static Exception? WriteFailure(Exception exception)
    {
        var inner = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : exception;
        return inner is IOException or UnauthorizedAccessException ? inner : null;
    }

    private static Option<Quarter> QuarterOption(string name, Quarter fallback, string description) => new(name)
    {
        Description = $"{description}, like 2026Q3.",
        HelpName = "quarter",
        DefaultValueFactory = _ => fallback,
        CustomParser = Parse,
    };

    private static Quarter Parse(ArgumentResult result)
    {
        try
        {
            return Quarter.Parse(result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty);
        }
        catch (FormatException exception)
        {
            result.AddError(exception.Message);
            return default;
        }
    }
}
