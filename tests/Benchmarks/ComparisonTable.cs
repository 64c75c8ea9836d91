using System.Globalization;
using System.Text;

namespace VolunteerDW.Benchmarks;

/// <summary>
/// A load's runs against its floor's: time, throughput and peak memory as median (min–max), each
/// with its ratio to the floor, and the scenario's targets with whether they were met.
/// </summary>
internal static class ComparisonTable
{
    public static string Write(string title, IReadOnlyList<Measurement> floor, IReadOnlyList<Measurement> load, LoadTargets targets)
    {
        var (fs, ls) = (Spread.Of(floor.Select(r => r.Seconds)), Spread.Of(load.Select(r => r.Seconds)));
        var (fr, lr) = (Spread.Of(floor.Select(r => r.PeakRssMb)), Spread.Of(load.Select(r => r.PeakRssMb)));
        var (f, l) = (floor[0], load[0]);
        var timeRatio = ls.Median / fs.Median;
        var timeTargets = string.Join("; ", new[] { targets.Time?.Verdict(ls.Median), targets.FloorRatio?.Verdict(timeRatio) }.OfType<string>());
        var text = new StringBuilder();
        text.AppendLine(RunInfo.Heading(title, $"median of {load.Count} runs (min–max), each in a fresh process, alternating with the floor's"));
        text.AppendLine();
        text.AppendLine("| measure | load | floor | load ÷ floor | target |");
        text.AppendLine("|---|---|---|---|---|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| workbooks | {l.Files:#,0} | {f.Files:#,0} | | |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| rows written | {l.Rows:#,0} fact rows | {f.Rows:#,0} data rows | | |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| time, s | {ls.Format("F2")} | {fs.Format("F2")} | {timeRatio:F2}× | {timeTargets} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| workbooks/s | {l.Files / ls.Median:#,0.#} | {f.Files / fs.Median:#,0.#} | {fs.Median / ls.Median:F2} | |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| fact rows/s | {l.Rows / ls.Median:#,0} | {f.Rows / fs.Median:#,0} | {(l.Rows / ls.Median) / (f.Rows / fs.Median):F2} | |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| peak RSS, MB | {lr.Format("F0")} | {fr.Format("F0")} | {lr.Median / fr.Median:F2}× | {targets.PeakRss?.Verdict(lr.Median)} |");
        return text.ToString();
    }
}
