using VolunteerDW.Host.Cli;

namespace VolunteerDW.Tests.Support;

/// <summary>Runs the real <c>vdw</c> command line in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static Task<CliRun> ExecuteAsync(params string[] args) => WithInputAsync(string.Empty, args);

    /// <summary>Runs it with <paramref name="input"/> on its standard input, as a password typed after the command.</summary>
    public static async Task<CliRun> WithInputAsync(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var exitCode = await VdwCli.RunAsync(args, output, error, reader);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
