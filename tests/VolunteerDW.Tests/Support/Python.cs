using System.ComponentModel;
using System.Diagnostics;

namespace VolunteerDW.Tests.Support;

/// <summary>
/// Runs the system Python with openpyxl (Debian packages python3 and python3-openpyxl): a program
/// other than ours that writes and reads workbooks, so that a test sees what another reader sees.
/// </summary>
public static class Python
{
    public const string Interpreter = "/usr/bin/python3";

    // A safety net against a hung interpreter, not how long a script is expected to take.
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Starts a script with its arguments, as set up by the caller beyond them.</summary>
    public static Process Start(ProcessStartInfo start)
    {
        ArgumentNullException.ThrowIfNull(start);
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"{Interpreter} did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"{Interpreter} is missing: install python3 and python3-openpyxl (apt-get install -y python3-openpyxl).", exception);
        }
    }

    /// <summary>Runs a script of the test project and returns what it printed; a failure fails the test with its error output.</summary>
    public static async Task<string> RunAsync(string[] script, params string[] arguments)
    {
        var start = new ProcessStartInfo(Interpreter)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepoPaths.Of(script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Start(start);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(script[^1])} failed (exit {process.ExitCode}): {await error}");
        return await output;
    }
}
