using System.Diagnostics;
using System.Globalization;

namespace VolunteerDW.Reports.Rendering;

/// <summary>One run of a headless Chromium printing one HTML file to one PDF, for <see cref="ChromiumPdf"/>.</summary>
internal static class ChromiumPrint
{
    /// <summary>
    /// Prints <paramref name="html"/> to <paramref name="pdf"/> with a fresh profile in
    /// <paramref name="profile"/>; returns null when a PDF was written, else why not. When
    /// <paramref name="deadline"/> is cancelled the browser is stopped and the cancellation thrown.
    /// </summary>
    public static async Task<string?> RunAsync(string browser, string html, string pdf, string profile, CancellationToken deadline)
    {
        using var process = Process.Start(StartInfo(browser, html, pdf, profile))
            ?? throw new InvalidOperationException($"{browser} did not start.");
        // Read both streams while waiting: a browser that fills a pipe nobody reads would hang.
        // They end when the browser does, stopped or not.
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(deadline);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        await Task.WhenAll(stderr, stdout);
        var complaint = LastLine(await stderr);
        return IsPdf(pdf) ? null : string.Create(CultureInfo.InvariantCulture, $"{browser} exited with code {process.ExitCode}: {complaint}");
    }

    private static ProcessStartInfo StartInfo(string browser, string html, string pdf, string profile)
    {
        var start = new ProcessStartInfo(browser)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // A fresh profile, and nothing that reaches the network or the sandbox (unavailable to
        // root and in containers): the page is a local, script-free file.
        string[] arguments =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", $"--user-data-dir={profile}",
            "--no-pdf-header-footer", $"--print-to-pdf={pdf}", new Uri(html).AbsoluteUri,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static bool IsPdf(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var file = File.OpenRead(path);
        Span<byte> head = stackalloc byte[4];
        return file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.SequenceEqual("%PDF"u8);
    }

    /// <summary>Chromium's last complaint, which usually says why it failed; its log is long and mostly noise.</summary>
    private static string LastLine(string stderr) =>
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "(nothing on stderr)";
}
