using System.Globalization;

namespace VolunteerDW.Reports.Rendering;

/// <summary>The outcome of printing a report to PDF: whether a PDF was written, and a line saying what happened.</summary>
public sealed record PdfResult(bool Produced, string Message);

/// <summary>
/// Prints an HTML report to PDF with a headless Chromium or Chrome when one is installed. The PDF is
/// optional for the product: without a browser the HTML is the report, and the result says why
/// there is no PDF.
/// </summary>
/// <remarks>
/// The contents list gets each section's page by printing twice (Chromium has no CSS
/// <c>target-counter()</c>): first with the numbers' places kept blank, then, once the first PDF
/// tells where each heading landed, with the numbers. Where that cannot be done, the PDF is the
/// first print, unnumbered, and the message says why: the numbers are never a reason for no PDF.
/// </remarks>
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

    /// <summary>
    /// Prints the page <paramref name="render"/> gives for the pages its headings printed on (see
    /// <see cref="PrintedPages"/>) to <paramref name="pdfPath"/>; gives up, and stops the browser,
    /// after <paramref name="timeout"/>.
    /// </summary>
    public static async Task<PdfResult> PrintAsync(Func<PrintedPages, string> render, string pdfPath, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(render);
        ArgumentException.ThrowIfNullOrEmpty(pdfPath);
        if (FindBrowser() is not { } browser)
        {
            return new PdfResult(false, $"No PDF: no Chromium or Chrome is installed (looked for {string.Join(", ", _names)} on PATH and {string.Join(", ", _knownPaths)}); on Debian, 'apt-get install chromium' adds one.");
        }

        var output = Path.GetFullPath(pdfPath);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        // A PDF left from an earlier run must not pass for this one.
        File.Delete(output);
        var work = Directory.CreateTempSubdirectory("vdw-print-");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var job = new Job(browser, render, work, Path.GetFileName(output), deadline.Token);
        try
        {
            var (first, failure) = await job.PrintAsync(PrintedPages.Reserved, "first");
            if (failure is not null)
            {
                return new PdfResult(false, $"No PDF: {failure}");
            }

            var (printed, unnumbered) = await NumberedAsync(job, first, timeout, cancellationToken);
            File.Move(printed, output);
            return new PdfResult(true, unnumbered is null ? $"PDF written: {output}" : $"PDF written: {output}; the contents list has no page numbers: {unnumbered.TrimEnd('.')}.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new PdfResult(false, $"No PDF: {TooLong(browser, timeout)}.");
        }
        finally
        {
            DeleteQuietly(work);
        }
    }

    /// <summary>The numbered print, or the first print with why it stays unnumbered.</summary>
    private static async Task<(string Pdf, string? Unnumbered)> NumberedAsync(Job job, string first, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            var pages = HeadingPages(first);
            if (pages.Count == 0)
            {
                return (first, "the first print has no link targets to number");
            }

            var (numbered, failure) = await job.PrintAsync(PrintedPages.Of(pages), "numbered");
            if (failure is not null)
            {
                return (first, $"the numbered print failed: {failure}");
            }

            // The numbers' places were kept, so nothing should have moved; should anything have,
            // the numbers would be wrong, and none is better.
            var moved = HeadingPages(numbered);
            return moved.Count == pages.Count && pages.All(p => moved.GetValueOrDefault(p.Key) == p.Value)
                ? (numbered, null)
                : (first, "the numbered print put headings on other pages than the first");
        }
        catch (InvalidDataException exception)
        {
            return (first, $"where the headings printed could not be read: {exception.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (first, TooLong("the numbered print", timeout));
        }
    }

    /// <summary>
    /// The page each heading printed on, by its id: the PDF names each link target by its link's
    /// fragment as a URL carries it, percent-encoded (see <see cref="HeadingIds"/>).
    /// </summary>
    private static Dictionary<string, int> HeadingPages(string pdf)
    {
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, page) in PdfDestinations.Read(File.ReadAllBytes(pdf)))
        {
            pages[Uri.UnescapeDataString(name)] = page;
        }

        return pages;
    }

    /// <summary>
    /// One report's printing: each pass writes the page into a folder of its own, with a fresh
    /// browser profile (a browser of the first pass still closing must not take the second's page
    /// over), and prints it to a PDF of the name asked for (so that the browser sees the same kind
    /// of path the user chose).
    /// </summary>
    private sealed class Job(string browser, Func<PrintedPages, string> render, DirectoryInfo work, string pdfName, CancellationToken deadline)
    {
        public async Task<(string Pdf, string? Failure)> PrintAsync(PrintedPages pages, string pass)
        {
            var folder = work.CreateSubdirectory(pass).FullName;
            var html = Path.Combine(folder, Path.ChangeExtension(pdfName, ".html"));
            var pdf = Path.Combine(folder, pdfName);
            await File.WriteAllTextAsync(html, render(pages), deadline);
            return (pdf, await ChromiumPrint.RunAsync(browser, html, pdf, Path.Combine(folder, "profile"), deadline));
        }
    }

    private static string TooLong(string what, TimeSpan timeout) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} did not finish within {timeout.TotalSeconds:0} s and was stopped");

    /// <summary>The folder is throwaway; a browser process still closing may hold a file in it for a moment.</summary>
    private static void DeleteQuietly(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
