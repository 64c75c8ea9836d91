using System.Globalization;
using System.Runtime.InteropServices;

namespace VolunteerDW.Benchmarks;

/// <summary>The line that opens every table: what was measured, on which machine and runtime, when, over how many runs.</summary>
internal static class RunInfo
{
    public static string Heading(string title, string runs) => string.Create(CultureInfo.InvariantCulture,
        $"{title} — {Machine()}, .NET {Environment.Version}, {TimeProvider.System.GetUtcNow():yyyy-MM-dd}, {runs}{LoadAverage()}");

    /// <summary>The processor's model (from /proc/cpuinfo where there is one), its cores and the operating system.</summary>
    public static string Machine()
    {
        var model = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return $"{model ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}";
    }

    // Other work on the machine slows loads and floors alike, but not the report; the load average
    // over the last 15 minutes (this run's own processes included) says how busy it was.
    private static string LoadAverage() => File.Exists("/proc/loadavg")
        ? $"; load average over 15 min {File.ReadAllText("/proc/loadavg").Split(' ')[2]}"
        : string.Empty;
}
