using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace VolunteerDW.Benchmarks.Portal;

/// <summary>
/// The server's memory when many of the largest returns the limits allow arrive at once: that many
/// uploads of the oversized return sent together by signed-in people to a fresh <c>vdw serve</c>,
/// its peak resident set (VmHWM) once every one is answered; against the floor of one such upload
/// alone to a fresh server. The uploads are the same workbook: the first is loaded and the others,
/// read and checked whole just the same, are found already loaded.
/// </summary>
internal static class PortalMemory
{
    private static readonly Target Whole = Target.Megabytes(1024);

    public static async Task<string> RunAsync(string vdw, string template, string oversized, int uploads, string work)
    {
        var workbook = Directory.GetFiles(oversized, "*.xlsx").Single();
        var alone = await SendAsync(vdw, template, workbook, 1, work);
        var together = await SendAsync(vdw, template, workbook, uploads, work);
        var table = new StringBuilder();
        table.AppendLine(RunInfo.Heading($"{uploads} uploads of the largest return at once ({new FileInfo(workbook).Length:#,0} bytes each)",
            "one run each, each on a fresh server; loads one at a time (Portal:ConcurrentLoads 1)"));
        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture, $"| measure | {uploads} at once | floor: one alone | ÷ floor | target |");
        table.AppendLine("|---|---|---|---|---|");
        table.AppendLine(CultureInfo.InvariantCulture, $"| server's peak RSS, MB | {together.PeakRss:F0} | {alone.PeakRss:F0} | {together.PeakRss / alone.PeakRss:F2}× | {Whole.Verdict(together.PeakRss)} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| server's RSS before, MB | {together.IdleRss:F0} | {alone.IdleRss:F0} | | |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| answered with a result | {together.Answered} of {uploads} | {alone.Answered} of 1 | | every one: {(together.Answered == uploads ? "met" : "**missed**")} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| time to the last answer, s | {together.Seconds:F1} | {alone.Seconds:F1} | {together.Seconds / alone.Seconds:F1}× | |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| first and last answer, s | {together.First:F1}, {together.Last:F1} | | | |");
        return table.ToString();
    }

    private static async Task<Sent> SendAsync(string vdw, string template, string workbook, int uploads, string work)
    {
        var database = SqliteWarehouse.Copy(template, Path.Combine(work, $"memory-{uploads}.db"));
        var names = await PortalBrowsers.AddAnalystsAsync(database, uploads);
        await using var server = await PortalServer.StartAsync(vdw, database);
        var browsers = new List<(HttpClient Browser, string Token)>();
        try
        {
            foreach (var name in names)
            {
                var browser = await PortalBrowsers.SignedInAsync(server.Address, name);
                browsers.Add((browser, await PortalBrowsers.FormTokenAsync(browser, "/Returns/Upload")));
            }

            var idle = server.RssMb();
            var clock = Stopwatch.StartNew();
            var answers = await Task.WhenAll(browsers.Select(async b =>
            {
                var upload = await PortalBrowsers.UploadAsync(b.Browser, b.Token, workbook);
                return (upload, At: clock.Elapsed.TotalSeconds);
            }));
            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{uploads} upload(s): {seconds:F1} s, outcomes {string.Join(',', answers.Select(a => a.upload.Outcome))}"));
            return new Sent(server.PeakRssMb(), idle, answers.Count(a => a.upload.Accepted), seconds, answers.Min(a => a.At), answers.Max(a => a.At));
        }
        finally
        {
            browsers.ForEach(b => b.Browser.Dispose());
        }
    }

    private sealed record Sent(double PeakRss, double IdleRss, int Answered, double Seconds, double First, double Last);
}
