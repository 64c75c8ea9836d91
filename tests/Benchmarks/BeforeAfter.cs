using System.Globalization;
using System.Text;

namespace VolunteerDW.Benchmarks;

/// <summary>
/// The same loads by an earlier build of the benchmarks (and so of the loader) and by this one,
/// alternating run by run, each build on a warehouse it migrated itself.
/// </summary>
internal static class BeforeAfter
{
    /// <summary>One load to compare: what it is, how many runs, and its sample returns.</summary>
    public sealed record Load(string Label, int Runs, string Samples)
    {
        /// <summary>Reads <c>label@runs=samples folder</c>.</summary>
        public static Load Parse(string argument)
        {
            var (head, samples) = Split(argument, '=');
            var (label, runs) = Split(head, '@');
            return new Load(label, int.Parse(runs, CultureInfo.InvariantCulture), samples);
        }

        private static (string, string) Split(string text, char separator) =>
            text.IndexOf(separator, StringComparison.Ordinal) is > 0 and var at
                ? (text[..at], text[(at + 1)..])
                : throw new ArgumentException($"Expected label@runs=samples, got '{text}'.", nameof(text));
    }

    public static async Task<string> RunAsync(string beforeBenchmarks, string beforeTemplate, string afterTemplate, string beforeName, string afterName,
        IReadOnlyList<Load> loads)
    {
        Harness.Checkpoint(afterTemplate);
        Harness.Checkpoint(beforeTemplate);
        var text = new StringBuilder();
        text.AppendLine(RunInfo.Heading($"Before ({beforeName}) and after ({afterName})",
            "median of the runs shown (min–max), each in a fresh process, before and after alternating"));
        text.AppendLine();
        text.AppendLine("| load | runs | workbooks | fact rows | before: time, s | after: time, s | after ÷ before | before: peak RSS, MB | after: peak RSS, MB |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var load in loads)
        {
            var (before, after) = (new List<Measurement>(), new List<Measurement>());
            for (var i = 0; i < load.Runs; i++)
            {
                before.Add(await Harness.RunOnCopyAsync("load", load.Samples, beforeTemplate, keep: null, beforeBenchmarks));
                after.Add(await Harness.RunOnCopyAsync("load", load.Samples, afterTemplate, keep: null));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{load.Label}, run {i + 1}/{load.Runs}: before {before[^1].Seconds:F2} s, after {after[^1].Seconds:F2} s"));
            }

            text.AppendLine(Row(load, before, after));
        }

        return text.ToString();
    }

    private static string Row(Load load, List<Measurement> before, List<Measurement> after)
    {
        var (bt, at) = (Spread.Of(before.Select(r => r.Seconds)), Spread.Of(after.Select(r => r.Seconds)));
        var (bm, am) = (Spread.Of(before.Select(r => r.PeakRssMb)), Spread.Of(after.Select(r => r.PeakRssMb)));
        // Both builds load the same files; a different count of fact rows would mean they did different work.
        var rows = before[0].Rows == after[0].Rows
            ? $"{after[0].Rows:#,0}"
            : $"{after[0].Rows:#,0} (before: {before[0].Rows:#,0})";
        return string.Create(CultureInfo.InvariantCulture,
            $"| {load.Label} | {load.Runs} | {after[0].Files:#,0} | {rows} | {bt.Format("F2")} | {at.Format("F2")} | {at.Median / bt.Median:F2}× | {bm.Format("F0")} | {am.Format("F0")} |");
    }
}
