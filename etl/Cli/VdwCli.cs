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
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
