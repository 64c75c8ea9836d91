using System.Globalization;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Languages;

/// <summary>
/// Numbers as each language writes them: kk and ru group thousands with a non-breaking space
/// (U+00A0) and use a decimal comma ("1 234 567", "12,5"); en writes "1,234,567" and "12.5".
/// Negative numbers take the real minus sign U+2212 in every language, as signed changes do, so
/// that "−3" in a table and "−3,0%" in the text look alike. A missing figure (null) is an em
/// dash, never "0": null means "not reported".
/// </summary>
public static class NumberText
{
    /// <summary>What stands for a figure that was not reported (null).</summary>
    public const string NotReported = "—";

    /// <summary>The most decimal places a caller may ask for; more would be false precision in a report.</summary>
    public const int MaxDecimals = 10;

    private const string Minus = "\u2212";

    private static readonly NumberFormatInfo _kazakhAndRussian = Separators(groupSeparator: "\u00A0", decimalSeparator: ",");
    private static readonly NumberFormatInfo _english = Separators(groupSeparator: ",", decimalSeparator: ".");

    /// <summary>
    /// A number rounded (half away from zero) to <paramref name="decimals"/> places: "12,5" / "12.5";
    /// with none, a whole number: "1 234 567" (kk, ru), "1,234,567" (en).
    /// </summary>
    public static string WithDecimals(decimal? value, int decimals, Language language) =>
        value is { } number ? Digits(Round(number, decimals), decimals, language) : NotReported;

    /// <summary>A share given as a fraction, as a percentage: 0.153 → "15,3%" (kk, ru), "15.3%" (en).</summary>
    public static string Percent(decimal? fraction, int decimals, Language language) =>
        fraction is { } share ? Digits(Round(share * 100, decimals), decimals, language) + "%" : NotReported;

    /// <summary>
    /// A change given as a fraction, as a signed percentage: "+12,5%", "−3,0%". A change that rounds
    /// to zero has no sign ("0,0%"): "+0,0%" would claim a growth the figure does not show.
    /// </summary>
    public static string SignedPercent(decimal? fraction, int decimals, Language language)
    {
        if (fraction is not { } change)
        {
            return NotReported;
        }

        var rounded = Round(change * 100, decimals);
        var sign = rounded > 0 ? "+" : "";
        return sign + Digits(rounded, decimals, language) + "%";
    }

    /// <summary>
    /// Rounds half away from zero, as readers of a report expect (2,25 → 2,3), not to even as
    /// Math.Round does by default. Zero loses its sign so that no "−0" is ever written.
    /// </summary>
    internal static decimal Round(decimal value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, MaxDecimals);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded == 0 ? 0m : rounded;
    }

    private static string Digits(decimal rounded, int decimals, Language language) =>
        rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), language == Language.En ? _english : _kazakhAndRussian);

    private static NumberFormatInfo Separators(string groupSeparator, string decimalSeparator)
    {
        var format = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        format.NumberGroupSeparator = groupSeparator;
        format.NumberDecimalSeparator = decimalSeparator;
        format.NegativeSign = Minus;
        return NumberFormatInfo.ReadOnly(format);
    }
}
