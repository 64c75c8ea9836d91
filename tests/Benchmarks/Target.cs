using System.Globalization;

namespace VolunteerDW.Benchmarks;

/// <summary>A figure a scenario should stay at or under — a benchmark's aim, not a test: a miss is reported with its size.</summary>
/// <param name="Limit">The highest value that meets it.</param>
/// <param name="Unit">The unit the limit and the miss are written in ("s", "MB", "×").</param>
internal sealed record Target(double Limit, string Unit)
{
    public static Target Seconds(double limit) => new(limit, "s");

    public static Target Megabytes(double limit) => new(limit, "MB");

    public static Target FloorRatio(double limit) => new(limit, "× floor");

    /// <summary>"under 60 s: met", or "under 60 s: missed by 9.4 s (16% over)".</summary>
    public string Verdict(double value)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"≤ {Limit:0.##} {Unit}");
        return value <= Limit
            ? $"{name}: met"
            : string.Create(CultureInfo.InvariantCulture, $"{name}: **missed** by {value - Limit:0.##} {Unit} ({((value / Limit) - 1) * 100:F0}% over)");
    }
}

/// <summary>The targets of a load scenario: its time, its time as a multiple of the floor's, its peak memory.</summary>
internal sealed record LoadTargets(Target? Time = null, Target? FloorRatio = null, Target? PeakRss = null)
{
    /// <summary>The memory target, for every load.</summary>
    public static readonly Target Memory = Target.Megabytes(500);
}
