namespace VolunteerDW.Reports.Rendering;

/// <summary>
/// A chart's value axis: from zero (so that bars and lines are not exaggerated) to past the data,
/// with 4–6 ticks at round steps of 1, 2 or 5 times a power of ten.
/// </summary>
internal sealed class ValueScale
{
    private const int MinTicks = 4;

    private const int MaxTicks = 6;

    private ValueScale(double min, double max, IReadOnlyList<double> ticks)
    {
        Min = min;
        Max = max;
        Ticks = ticks;
    }

    public double Min { get; }

    public double Max { get; }

    public IReadOnlyList<double> Ticks { get; }

    /// <summary>The scale for the figures of a chart; nulls and non-finite values are no figure.</summary>
    public static ValueScale For(IEnumerable<double?> values)
    {
        var figures = values.OfType<double>().Where(double.IsFinite).ToList();
        var low = Math.Min(0, figures.Count > 0 ? figures.Min() : 0);
        var high = Math.Max(0, figures.Count > 0 ? figures.Max() : 0);
        if (high - low <= 0)
        {
            high = low + 1;
        }

        // Counts get whole steps: a tick at 0.5 people would be shown rounded, as a wrong label.
        var whole = figures.All(value => value == Math.Round(value));
        for (var magnitude = Math.Pow(10, Math.Floor(Math.Log10((high - low) / 10))); ; magnitude *= 10)
        {
            foreach (var factor in (ReadOnlySpan<double>)[1, 2, 5])
            {
                var step = factor * magnitude;
                var first = Math.Floor(low / step);
                var count = (int)(Math.Ceiling(high / step) - first) + 1;
                if ((whole && step < 1) || count > MaxTicks)
                {
                    continue;
                }

                // A coarse step can leave too few ticks (figures up to 1, or on both sides of
                // zero): more room above the data then reads better than a 2.5 step.
                count = Math.Max(count, MinTicks);
                var digits = Math.Clamp(1 - (int)Math.Floor(Math.Log10(step)), 0, 15);
                var ticks = Enumerable.Range(0, count).Select(i => Math.Round((first + i) * step, digits)).ToList();
                return new ValueScale(ticks[0], ticks[^1], ticks);
            }
        }
    }

    /// <summary>Where a value falls between two coordinates: <paramref name="from"/> at the minimum, <paramref name="to"/> at the maximum.</summary>
    public double Map(double value, double from, double to) => from + ((value - Min) / (Max - Min) * (to - from));
}
