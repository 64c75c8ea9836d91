using System.Globalization;
using System.Text;

namespace VolunteerDW.Benchmarks;

/// <summary>
/// How load time grows with the size of a load: 1, 10 and 40 quarters of returns, each loaded into
/// an empty warehouse. Time per fact row should stay the same — growth linear — within 25%.
/// </summary>
internal static class Scaling
{
    /// <summary>How far time per row may drift from the smallest load's and still count as linear.</summary>
    public const double Linearity = 0.25;

    /// <summary>
    /// Each size is <c>quarters=path</c>: a folder of samples, measured here <paramref name="runs"/>
    /// times, or a file of runs another scenario recorded on the same samples.
    /// </summary>
    public static async Task<string> RunAsync(string template, int runs, IEnumerable<string> sizes)
    {
        Harness.Checkpoint(template);
        var measured = new List<(int Quarters, IReadOnlyList<Measurement> Runs)>();
        foreach (var size in sizes)
        {
            var (quarters, path) = size.Split('=', 2) is [var q, var p]
                ? (int.Parse(q, CultureInfo.InvariantCulture), p)
                : throw new ArgumentException($"'{size}' is not quarters=path.", nameof(sizes));
            measured.Add((quarters, Directory.Exists(path) ? await Harness.MeasureAsync("load", path, template, runs) : Measurement.Read(path)));
        }

        return Table(measured);
    }

    private static string Table(List<(int Quarters, IReadOnlyList<Measurement> Runs)> sizes)
    {
        var text = new StringBuilder();
        text.AppendLine(RunInfo.Heading("Load time by size", "median of the runs shown (min–max), each in a fresh process on an empty warehouse"));
        text.AppendLine();
        text.AppendLine("| quarters | runs | workbooks | fact rows | time, s | s per quarter | s per 10,000 fact rows | per-row time ÷ 1 quarter's |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        var rows = sizes.OrderBy(s => s.Quarters).Select(s => new Size(s.Quarters, s.Runs)).ToList();
        foreach (var size in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {size.Quarters} | {size.Runs.Count} | {size.Runs[0].Files:#,0} | {size.Rows:#,0} | {size.Time.Format("F2")} | {size.Time.Median / size.Quarters:F2} "
                + $"| {size.PerRow * 10_000:F3} | {size.PerRow / rows[0].PerRow:F2} |");
        }

        text.AppendLine();
        text.AppendLine(Verdict(rows));
        return text.ToString();
    }

    private static string Verdict(List<Size> sizes)
    {
        var (smallest, largest) = (sizes[0], sizes[^1]);
        var (highest, lowest) = (sizes.MaxBy(s => s.PerRow)!, sizes.MinBy(s => s.PerRow)!);
        // A straight line through the smallest and the largest load: what a load costs whatever its
        // size, what each row costs, and how far the sizes between lie from it.
        var perRow = (largest.Time.Median - smallest.Time.Median) / (largest.Rows - smallest.Rows);
        var fixedCost = smallest.Time.Median - (perRow * smallest.Rows);
        var between = string.Concat(sizes.Skip(1).SkipLast(1).Select(s => string.Create(CultureInfo.InvariantCulture,
            $"; the {s.Quarters}-quarter load lies {((s.Time.Median / (fixedCost + (perRow * s.Rows))) - 1) * 100:+0;-0}% off it")));
        var line = string.Create(CultureInfo.InvariantCulture,
            $"A straight line through the {smallest.Quarters}- and {largest.Quarters}-quarter loads puts a load's fixed cost at {fixedCost:F2} s and each 10,000 fact rows at {perRow * 10_000:F3} s{between}.");
        var verdict = highest.PerRow > smallest.PerRow * (1 + Linearity)
            ? string.Create(CultureInfo.InvariantCulture, $"Growth is **faster than linear**: time per fact row reaches {highest.PerRow / smallest.PerRow:F2}× the {smallest.Quarters}-quarter load's at {highest.Quarters} quarters, beyond the {Linearity * 100:F0}% allowed.")
            : lowest.PerRow < smallest.PerRow * (1 - Linearity)
            ? string.Create(CultureInfo.InvariantCulture, $"Growth is **no faster than linear**: time per fact row falls to {lowest.PerRow / smallest.PerRow:F2}× the {smallest.Quarters}-quarter load's at {lowest.Quarters} quarters, as a load's fixed cost weighs less on a large one.")
            : string.Create(CultureInfo.InvariantCulture, $"Growth is **linear**: time per fact row stays within {Linearity * 100:F0}% of the {smallest.Quarters}-quarter load's.");
        return $"{verdict} {line}";
    }

    /// <summary>One size's runs: the median time, and the median of the runs' times per fact row.</summary>
    private sealed record Size(int Quarters, IReadOnlyList<Measurement> Runs)
    {
        public long Rows => Runs[0].Rows;

        public Spread Time { get; } = Spread.Of(Runs.Select(r => r.Seconds));

        public double PerRow { get; } = PerRow(Runs);
    }

    private static double PerRow(IReadOnlyList<Measurement> runs) => Spread.Of(runs.Select(r => r.Seconds / r.Rows)).Median;
}
