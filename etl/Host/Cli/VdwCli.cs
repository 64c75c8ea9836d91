using System.CommandLine;
using VolunteerDW.Warehouse.Diagnostics;

namespace VolunteerDW.Host.Cli;

/// <summary>The <c>vdw</c> command line: one verb per job, each with <c>--help</c>.</summary>
public static class VdwCli
{
    /// <summary>
    /// Parses and runs a command line, writing to the given streams and reading passwords from
    /// <paramref name="input"/> (none: an empty input); returns the exit code.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TextReader? input = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        // A crash test that names a point that does not exist would otherwise pass without stopping anywhere.
        if (FaultPoints.ProblemWithSetting() is { } problem)
        {
            await error.WriteLineAsync($"vdw: {problem}");
            return VerbAction.Failed;
        }

        var root = new RootCommand("VolunteerDW: the warehouse, loader and reports for monitoring volunteer activity in Kazakhstan.");
        GlobalOptions.AddTo(root);
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(TemplateCommand.Create());
        root.Subcommands.Add(LoadCommand.Create());
        root.Subcommands.Add(SampleCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(StatusCommand.Create());
        root.Subcommands.Add(RefdataCommand.Create());
        root.Subcommands.Add(UsersCommand.Create(input ?? TextReader.Null));
        root.Subcommands.Add(PowerBiCommand.Create());
        root.Subcommands.Add(DocsCommand.Create());
        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        if (parse.CommandResult.Command.Name == ServeCommand.Name)
        {
            // The service's host handles SIGTERM and Ctrl+C itself, waiting for a running job to end.
            configuration.ProcessTerminationTimeout = null;
        }

        return await parse.InvokeAsync(configuration, cancellationToken);
    }
}
