using System.CommandLine;

namespace VolunteerDW.Etl.Cli;

/// <summary>The <c>vdw</c> command line: one verb per job, each with <c>--help</c>.</summary>
public static class VdwCli
{
    /// <summary>Parses and runs a command line, writing to the given streams; returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
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
        root.Subcommands.Add(PowerBiCommand.Create());
        root.Subcommands.Add(DocsCommand.Create());
        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        if (parse.CommandResult.Command.Name == ServeCommand.Name)
        {
            // The service's host handles SIGTERM and Ctrl+C itself, waiting for a running job to end.
            configuration.ProcessTerminationTimeout = null;
        }

        return parse.InvokeAsync(configuration, cancellationToken);
    }
}
