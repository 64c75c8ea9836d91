using System.ComponentModel;
using System.Diagnostics;

namespace VolunteerDW.Tests.Support;

/// <summary>
/// Runs a program other than ours on what the product wrote (Python with openpyxl, poppler's PDF
/// tools), so that a test sees the file as another reader does.
/// </summary>
public static class ExternalProgram
{
    // A safety net against a hung program, not how long one is expected to take.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Runs the program with the arguments and standard input; returns its standard output, failing
    /// the test on a non-zero exit. <paramref name="install"/> says how to get the program when it is missing.
    /// </summary>
    public static async Task<string> RunAsync(string program, IEnumerable<string> arguments, string install, string input = "")
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Start(start, install);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(Timeout);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(program)} {string.Join(' ', start.ArgumentList.Select(Path.GetFileName))} failed (exit {process.ExitCode}): {await error}");
        return await output;
    }

    private static Process Start(ProcessStartInfo start, string install)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException($"{start.FileName} is missing: {install}.", exception);
        }
    }
}
