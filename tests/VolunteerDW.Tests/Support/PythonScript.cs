using System.ComponentModel;
using System.Diagnostics;

namespace VolunteerDW.Tests.Support;

/// <summary>
/// Runs one of the tests' Python scripts under the system interpreter, where the Debian packages
/// python3-openpyxl and python3-pil are installed: another program's view of our workbooks.
/// </summary>
public static class PythonScript
{
    private const string Python = "/usr/bin/python3";

    // A safety net against a hung interpreter, not how long a script is expected to take.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Runs the script with the arguments and standard input; returns its standard output, failing the test on a non-zero exit.</summary>
    public static async Task<string> RunAsync(string script, IEnumerable<string> arguments, string input = "")
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { script },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Start(start);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(Timeout);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(script)} failed (exit {process.ExitCode}): {await error}");
        return await output;
    }

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"{Python} did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"{Python} is missing: install python3, python3-openpyxl and python3-pil (apt-get install -y python3-openpyxl python3-pil).", exception);
        }
    }
}
