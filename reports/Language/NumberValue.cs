namespace VolunteerDW.Reports.Languages;

/// <summary>
/// The numbers report tables and templates carry — int, long, double, decimal and their kin, or
/// null — as one decimal, so that every figure is rounded and written the same way.
/// </summary>
public static class NumberValue
{
    /// <summary>
    /// The value as a decimal; null for null and for a double that is not a number or infinite
    /// (a share whose denominator was zero has no figure to show, not a zero one).
    /// </summary>
    /// <exception cref="ArgumentException">The value is not a number (text, a date …).</exception>
    public static decimal? From(object? value) => value switch
    {
        null => null,
        decimal number => number,
        long number => number,
        int number => number,
        short number => number,
        byte number => number,
        sbyte number => number,
        ulong number => number,
        uint number => number,
        ushort number => number,
        double number => FromDouble(number),
        float number => FromDouble(number),
        _ => throw new ArgumentException($"Expected a number, got {value.GetType().Name} \"{value}\".", nameof(value)),
    };

    // The cast keeps 15 significant digits, which drops a double's binary noise: 2.675 is stored
    // as 2.67499999999999982…, and rounding that to two places would give 2.67 where the reader
    // of the figure expects 2.68.
    private static decimal? FromDouble(double number) => double.IsFinite(number) ? (decimal)number : null;
}
