using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using VolunteerDW.Etl.Loading;

namespace VolunteerDW.Benchmarks.Portal;

/// <summary>
/// Upload to result for a typical return: one district's workbook at a time, sent through the
/// portal's upload form (htmx, as a browser with JavaScript sends it) by a signed-in person, timed
/// from sending to the whole result; against the floor of the product's loader loading the same
/// workbook in this process, one at a time, on a copy of the same empty warehouse. Each workbook
/// is a different unit's, so every one is a real load. The first of each is a warm-up, not counted.
/// </summary>
internal static class PortalUpload
{
    private static readonly Target UnderTarget = new(300, "ms");

    public static async Task<string> RunAsync(string vdw, string samples, string template, int count, string work)
    {
        var workbooks = Districts(samples, Path.Combine(work, "upload-workbooks"), count + 1);
        var floor = await FloorAsync(workbooks, SqliteWarehouse.Copy(template, Path.Combine(work, "upload-floor.db")));
        var database = SqliteWarehouse.Copy(template, Path.Combine(work, "upload-portal.db"));
        var names = await PortalBrowsers.AddAnalystsAsync(database, 1);
        List<Upload> uploads = [];
        await using (var server = await PortalServer.StartAsync(vdw, database))
        {
            using var browser = await PortalBrowsers.SignedInAsync(server.Address, names[0]);
            var token = await PortalBrowsers.FormTokenAsync(browser, "/Returns/Upload");
            foreach (var workbook in workbooks)
            {
                uploads.Add(await PortalBrowsers.UploadAsync(browser, token, workbook));
            }
        }

        var (portal, alone) = (Latencies.Of([.. uploads.Skip(1).Select(u => (u.Milliseconds, u.Accepted))]), Latencies.Of(floor));
        var table = new StringBuilder();
        table.AppendLine(RunInfo.Heading("Upload to result, one typical return at a time",
            $"{count} district workbooks of 2026 Q2, each once, after one warm-up each; p50 and p95 over them"));
        table.AppendLine();
        table.AppendLine("| measure | upload through the portal | floor: the loader in process | portal ÷ floor | target |");
        table.AppendLine("|---|---|---|---|---|");
        table.AppendLine(CultureInfo.InvariantCulture, $"| p50, ms | {portal.P50:F0} | {alone.P50:F0} | {portal.P50 / alone.P50:F2}× | |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| p95, ms | {portal.P95:F0} | {alone.P95:F0} | {portal.P95 / alone.P95:F2}× | {UnderTarget.Verdict(portal.P95)} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| not accepted | {portal.Errors} of {portal.Count} | {alone.Errors} of {alone.Count} | | none |");
        return table.ToString();
    }

    // The loader as `vdw load` runs it, one workbook per load as the portal loads one per upload.
    private static async Task<List<(double Milliseconds, bool Ok)>> FloorAsync(IReadOnlyList<string> workbooks, string database)
    {
        var loader = new SubmissionLoader(SqliteWarehouse.Connections(database), new LoadOptions());
        var times = new List<(double, bool)>();
        foreach (var workbook in workbooks)
        {
            var clock = Stopwatch.StartNew();
            var report = await loader.LoadAsync([workbook]);
            times.Add((clock.Elapsed.TotalMilliseconds, report.AllAccepted));
        }

        return times[1..];
    }

    /// <summary>The first <paramref name="count"/> district workbooks of the quarter's region packages, unpacked into <paramref name="folder"/>.</summary>
    private static List<string> Districts(string samples, string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var package in Directory.GetFiles(samples, "*.zip").Order(StringComparer.Ordinal))
        {
            using var zip = ZipFile.OpenRead(package);
            // The package is named after its region; every other workbook in it is a district's return.
            var region = $"{Path.GetFileNameWithoutExtension(package)}.xlsx";
            foreach (var entry in zip.Entries.Where(e => e.Name.EndsWith(".xlsx", StringComparison.Ordinal) && e.Name != region))
            {
                var path = Path.Combine(folder, entry.Name);
                entry.ExtractToFile(path, overwrite: true);
                written.Add(path);
                if (written.Count == count)
                {
                    return written;
                }
            }
        }

        return written.Count == count ? written : throw new InvalidOperationException($"Only {written.Count} district workbooks in {samples}.");
    }
}
