using System.Diagnostics;
using System.Globalization;

namespace VolunteerDW.Reports.Rendering;

/// <summary>The outcome of printing a report to PDF: whether a PDF was written, and a line saying what happened.</summary>
public sealed record PdfResult(bool Produced, string Message);

/// <summary>
/// Prints an HTML report to PDF with a headless Chromium or Chrome when one is installed. The PDF is
/// optional for the product: without a browser the HTML is the report, and the result says why
/// there is no PDF.
/// </summary>
public static class ChromiumPdf
{
    private static readonly string[] _names = ["chromium", "chromium-browser", "google-chrome"];

    private static readonly string[] _knownPaths = ["/usr/bin/chromium"];

    /// <summary>The first Chromium or Chrome on PATH (or at a known path), or null when there is none.</summary>
    public static string? FindBrowser()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => _names.Select(name => Path.Combine(folder, name)))
            .Concat(_knownPaths)
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Prints <paramref name="htmlPath"/> to <paramref name="pdfPath"/>; gives up, and stops the browser, after <paramref name="timeout"/>.</summary>
    public static async Task<PdfResult> PrintAsync(string htmlPath, string pdfPath, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(htmlPath);
        ArgumentException.ThrowIfNullOrEmpty(pdfPath);
        if (FindBrowser() is not { } browser)
        {
            return new PdfResult(false, $"No PDF: no Chromium or Chrome is installed (looked for {string.Join(", ", _names)} on PATH and {string.Join(", ", _knownPaths)}); on Debian, 'apt-get install chromium' adds one.");
        }

        var output = Path.GetFullPath(pdfPath);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        // A PDF left from an earlier run must not pass for this one.
        File.Delete(output);
        var profile = Directory.CreateTempSubdirectory("vdw-chromium-");
        try
        {
            using var process = Process.Start(StartInfo(browser, Path.GetFullPath(htmlPath), output, profile.FullName))
                ?? throw new InvalidOperationException($"{browser} did not start.");
            // Read both streams while waiting: a browser that fills a pipe nobody reads would hang.
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                return new PdfResult(false, string.Create(CultureInfo.InvariantCulture, $"No PDF: {browser} did not finish within {timeout.TotalSeconds:0} s and was stopped."));
            }

            await Task.WhenAll(stderr, stdout);
            if (IsPdf(output))
            {
                return new PdfResult(true, $"PDF written: {output}");
            }

            var complaint = LastLine(await stderr);
            return new PdfResult(false, string.Create(CultureInfo.InvariantCulture, $"No PDF: {browser} exited with code {process.ExitCode}: {complaint}"));
        }
        finally
        {
            DeleteProfile(profile);
        }
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

    /// <summary>The profile is throwaway; a browser process still closing may hold a file in it for a moment.</summary>
    private static void DeleteProfile(DirectoryInfo profile)
    {
        try
        {
            profile.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
