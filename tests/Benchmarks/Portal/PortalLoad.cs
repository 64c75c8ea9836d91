using System.Globalization;
using System.Text;

namespace VolunteerDW.Benchmarks.Portal;

/// <summary>
/// Pages under load: many signed-in people at once, each asking for the same page a fixed number of
/// times one after the other, on a warehouse holding one national quarter; the dashboard and a
/// report page against the floor of the portal's stylesheet, a static file served by the same
/// server at the same concurrency. Each page is asked for once before it is measured (the first
/// dashboard and report of a data version are made then, and kept).
/// </summary>
internal static class PortalLoad
{
    private static readonly Target DashboardTarget = new(150, "ms");

    private static readonly (string Name, string Path)[] Pages =
    [
        ("floor: /assets/portal.css", "/assets/portal.css"),
        ("dashboard, the country, 2026 Q2", "/Dashboard?quarter=2026Q2"),
        ("report page: quarterly, the country, 2026 Q2", "/Reports/View?kind=quarterly&period=2026Q2&lang=ru"),
    ];

    public static async Task<string> RunAsync(string vdw, string samples, string template, int runs, int users, int requests, string work)
    {
        var database = SqliteWarehouse.Copy(template, Path.Combine(work, "load-portal.db"));
        await ProductLoad.RunAsync(samples, database);
        var names = await PortalBrowsers.AddAnalystsAsync(database, users);
        var measured = Pages.ToDictionary(p => p.Path, _ => new List<Latencies>());
        await using (var server = await PortalServer.StartAsync(vdw, database))
        {
            var browsers = new List<HttpClient>();
            try
            {
                foreach (var name in names)
                {
                    browsers.Add(await PortalBrowsers.SignedInAsync(server.Address, name));
                }

                foreach (var (_, path) in Pages)
                {
                    await PortalBrowsers.GetAsync(browsers[0], new Uri(path, UriKind.Relative));
                }

                for (var run = 0; run < runs; run++)
                {
                    foreach (var (_, path) in Pages)
                    {
                        measured[path].Add(await AtOnceAsync(browsers, new Uri(path, UriKind.Relative), requests));
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run + 1}/{runs}: {path} p95 {measured[path][^1].P95:F0} ms"));
                    }
                }
            }
            finally
            {
                browsers.ForEach(b => b.Dispose());
            }
        }

        return Table(measured, runs, users, requests);
    }

    // Every browser at once, each asking `requests` times in a row.
    private static async Task<Latencies> AtOnceAsync(IReadOnlyList<HttpClient> browsers, Uri path, int requests)
    {
        var each = await Task.WhenAll(browsers.Select(async browser =>
        {
            var times = new List<(double, bool)>();
            for (var i = 0; i < requests; i++)
            {
                times.Add(await PortalBrowsers.GetAsync(browser, path));
            }

            return times;
        }));
        return Latencies.Of([.. each.SelectMany(t => t)]);
    }

    private static string Table(Dictionary<string, List<Latencies>> measured, int runs, int users, int requests)
    {
        var floor = measured[Pages[0].Path];
        var (floorP50, floorP95) = (Spread.Of(floor.Select(l => l.P50)), Spread.Of(floor.Select(l => l.P95)));
        var table = new StringBuilder();
        table.AppendLine(RunInfo.Heading($"Pages at {users} signed-in people at once",
            $"{users} × {requests} requests a page per run; median of {runs} runs (min–max) of each run's p50 and p95"));
        table.AppendLine();
        table.AppendLine("| page | p50, ms | p95, ms | p95 ÷ floor's | errors | target |");
        table.AppendLine("|---|---|---|---|---|---|");
        foreach (var (name, path) in Pages)
        {
            var (p50, p95) = (Spread.Of(measured[path].Select(l => l.P50)), Spread.Of(measured[path].Select(l => l.P95)));
            var errors = measured[path].Sum(l => l.Errors);
            var target = path == Pages[1].Path ? $"{DashboardTarget.Verdict(p95.Median)}; no error: {(errors == 0 ? "met" : "**missed**")}" : errors == 0 ? "no error: met" : "no error: **missed**";
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {p50.Format("F1")} | {p95.Format("F1")} | {p95.Median / floorP95.Median:F1}× | {errors} of {measured[path].Sum(l => l.Count)} | {target} |");
        }

        return table.ToString();
    }
}
