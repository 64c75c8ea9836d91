using System.Globalization;

namespace VolunteerDW.Benchmarks;

/// <summary>One timed run of one scenario, measured in a process of its own so that peak memory is its own.</summary>
/// <param name="Scenario">What ran.</param>
/// <param name="Seconds">Wall-clock time of the work, without process start-up.</param>
/// <param name="Files">Workbooks processed.</param>
/// <param name="Rows">Rows written (fact rows for the product; data rows for the floor).</param>
/// <param name="PeakRssMb">The process's peak resident memory.</param>
public sealed record Measurement(string Scenario, double Seconds, int Files, long Rows, double PeakRssMb)
{
    /// <summary>The line a measuring process prints for the harness to read.</summary>
    public string ToLine() => string.Create(CultureInfo.InvariantCulture, $"RESULT {Scenario} {Seconds:F4} {Files} {Rows} {PeakRssMb:F1}");

    public static Measurement? FromLine(string line)
    {
        var parts = line.Split(' ');
        return parts is ["RESULT", var scenario, var seconds, var files, var rows, var rss]
            ? new Measurement(scenario, double.Parse(seconds, CultureInfo.InvariantCulture), int.Parse(files, CultureInfo.InvariantCulture),
                long.Parse(rows, CultureInfo.InvariantCulture), double.Parse(rss, CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>Writes runs to a file, one line each, for a later scenario to reuse.</summary>
    public static void Save(string path, IEnumerable<Measurement> runs) => File.WriteAllLines(path, runs.Select(r => r.ToLine()));

    /// <summary>The runs a file written by <see cref="Save"/> holds.</summary>
    public static IReadOnlyList<Measurement> Read(string path) => [.. File.ReadLines(path).Select(FromLine).OfType<Measurement>()];

    /// <summary>Peak resident set size of this process (VmHWM), in MB.</summary>
    public static double PeakRss()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null
            ? Environment.WorkingSet / 1048576.0
            : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }
}
