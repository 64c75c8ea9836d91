using System.Globalization;
using System.Text.RegularExpressions;

namespace VolunteerDW.Warehouse.Periods;

/// <summary>A half-year, written <c>2026H1</c>: the period of the ministry's summary report (Rules §11).</summary>
public readonly partial record struct HalfYear(int Year, int Number)
{
    /// <summary>The warehouse key, yyyyh.</summary>
    public int Key => (Year * 10) + Number;

    public Quarter FirstQuarter => new(Year, (Number * 2) - 1);

    public Quarter LastQuarter => new(Year, Number * 2);

    public IReadOnlyList<Quarter> Quarters => [FirstQuarter, LastQuarter];

    public HalfYear Previous => Number == 1 ? new(Year - 1, 2) : new(Year, 1);

    /// <summary>The same half a year earlier.</summary>
    public HalfYear YearEarlier => new(Year - 1, Number);

    /// <summary>The half a quarter falls in.</summary>
    public static HalfYear Of(Quarter quarter) => new(quarter.Year, quarter.Half);

    /// <summary>The latest half that has ended by a date.</summary>
    public static HalfYear LatestEndedBy(DateOnly date)
    {
        var half = Of(Quarter.Of(date));
        return half.LastQuarter.LastDay < date ? half : half.Previous;
    }

    /// <summary>Parses <c>2026H1</c> (also <c>2026-H1</c>, any case).</summary>
    public static HalfYear Parse(string text) => TryParse(text, out var half)
        ? half
        : throw new FormatException($"'{text}' is not a half-year: write it like 2026H1.");

    public static bool TryParse(string? text, out HalfYear half)
    {
        var match = text is null ? null : Pattern().Match(text.Trim());
        half = default;
        if (match is null || !match.Success)
        {
            return false;
        }

        half = new HalfYear(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value[0] - '0');
        return true;
    }

    public override string ToString() => $"{Year}H{Number}";

    [GeneratedRegex(@"^(\d{4})-?[Hh]([12])$")]
    private static partial Regex Pattern();
}
