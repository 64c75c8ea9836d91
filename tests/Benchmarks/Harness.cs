using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace VolunteerDW.Benchmarks;

/// <summary>
/// Runs each scenario several times, each in a fresh process on a fresh copy of the migrated
/// database, alternating scenarios so that drift in the machine hits both alike; then reports the
/// median with min–max, and each figure as a ratio to its floor.
/// </summary>
internal static class Harness
{
    /// <summary>Folds a SQLite database's write-ahead log into its file, so that copying the file copies everything.</summary>
    public static void Checkpoint(string database)
    {
        using (var connection = new SqliteConnection($"Data Source={database}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
    }

    public static async Task<IReadOnlyList<Measurement>> MeasureAsync(string scenario, string samples, string template, int runs)
    {
        var results = new List<Measurement>();
        for (var i = 0; i < runs; i++)
        {
            var database = Path.Combine(Path.GetTempPath(), $"vdw-bench-{Guid.NewGuid():N}.db");
            File.Copy(template, database);
            try
            {
                results.Add(await RunChildAsync(scenario, samples, database));
            }
            finally
            {
                foreach (var file in new[] { database, $"{database}-wal", $"{database}-shm" }.Where(File.Exists))
                {
                    File.Delete(file);
                }
            }
        }

        return results;
    }

    public static string Table(string title, IReadOnlyList<Measurement> floor, IReadOnlyList<Measurement> load)
    {
        var text = new StringBuilder();
        var f = Summary.Of(floor);
        var l = Summary.Of(load);
        text.AppendLine(CultureInfo.InvariantCulture, $"{title} — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}, median of {load.Count} runs (min–max)");
        text.AppendLine();
        text.AppendLine("| measure | load | floor | load ÷ floor |");
        text.AppendLine("|---|---|---|---|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| workbooks | {l.Files} | {f.Files} | |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| rows written | {l.Rows:#,0} fact rows | {f.Rows:#,0} data rows | |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| time, s | {l.Seconds} | {f.Seconds} | {l.MedianSeconds / f.MedianSeconds:F2}× |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| workbooks/s | {l.Files / l.MedianSeconds:F0} | {f.Files / f.MedianSeconds:F0} | {f.MedianSeconds / l.MedianSeconds:F2} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| rows/s | {l.Rows / l.MedianSeconds:#,0} | {f.Rows / f.MedianSeconds:#,0} | {(l.Rows / l.MedianSeconds) / (f.Rows / f.MedianSeconds):F2} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| peak RSS, MB | {l.Rss} | {f.Rss} | {l.RssMedian / f.RssMedian:F2}× |");
        return text.ToString();
    }

    /// <summary>Replaces the text between a section's markers in a README (or appends the section).</summary>
    public static void WriteSection(string readme, string section, string content)
    {
        var start = $"<!-- bench:{section}:start -->";
        var end = $"<!-- bench:{section}:end -->";
        var text = File.Exists(readme) ? File.ReadAllText(readme) : string.Empty;
        var block = $"{start}\n{content.TrimEnd()}\n{end}";
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        text = from >= 0 && to > from ? text[..from] + block + text[(to + end.Length)..] : $"{text.TrimEnd()}\n\n{block}\n";
        File.WriteAllText(readme, text);
    }

    /// <summary>Loads a backfill once into a copy of the template, kept for the benchmarks that read it.</summary>
    public static async Task<string> BackfillAsync(string samples, string template, string database)
    {
        File.Copy(template, database, overwrite: true);
        var run = await RunChildAsync("load", samples, database);
        return string.Create(CultureInfo.InvariantCulture,
            $"Ten-year backfill — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}, one run\n\n"
            + $"| workbooks | fact rows | time, s | workbooks/s | fact rows/s | peak RSS, MB |\n|---|---|---|---|---|---|\n"
            + $"| {run.Files:#,0} | {run.Rows:#,0} | {run.Seconds:F1} | {run.Files / run.Seconds:F0} | {run.Rows / run.Seconds:#,0} | {run.PeakRssMb:F0} |\n");
    }

    private static async Task<Measurement> RunChildAsync(string scenario, string samples, string database)
    {
        var self = typeof(Harness).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", ["exec", self, "measure", scenario, samples, database])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Split('\n').Select(Measurement.FromLine).OfType<Measurement>().SingleOrDefault()
            ?? throw new InvalidOperationException($"{scenario} failed (exit {process.ExitCode}): {error}{output}");
    }

    private sealed record Summary(int Files, long Rows, double MedianSeconds, string Seconds, double RssMedian, string Rss)
    {
        public static Summary Of(IReadOnlyList<Measurement> runs)
        {
            var seconds = runs.Select(r => r.Seconds).Order().ToList();
            var rss = runs.Select(r => r.PeakRssMb).Order().ToList();
            return new Summary(runs[0].Files, runs[0].Rows, Median(seconds),
                string.Create(CultureInfo.InvariantCulture, $"{Median(seconds):F2} ({seconds[0]:F2}–{seconds[^1]:F2})"),
                Median(rss), string.Create(CultureInfo.InvariantCulture, $"{Median(rss):F0} ({rss[0]:F0}–{rss[^1]:F0})"));
        }

        private static double Median(List<double> sorted) =>
            sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
