using System.Globalization;
using System.Text.RegularExpressions;

namespace VolunteerDW.Warehouse.Periods;

/// <summary>A calendar quarter, written <c>2026Q3</c>.</summary>
public readonly partial record struct Quarter(int Year, int Number) : IComparable<Quarter>
{
    /// <summary>The first quarter the warehouse's calendar holds (the Rules date from 2017).</summary>
    public static readonly Quarter First = new(2017, 1);

    /// <summary>The last quarter the warehouse's calendar holds.</summary>
    public static readonly Quarter Last = new(2040, 4);

    /// <summary>The warehouse key, yyyyq.</summary>
    public int Key => (Year * 10) + Number;

    /// <summary>1 for the first half-year, 2 for the second.</summary>
    public int Half => Number <= 2 ? 1 : 2;

    public DateOnly FirstDay => new(Year, ((Number - 1) * 3) + 1, 1);

    public DateOnly LastDay => FirstDay.AddMonths(3).AddDays(-1);

    /// <summary>
    /// The day districts and cities of regional significance send their return to the region by:
    /// the 5th of the month after the quarter (Rules §7). <c>dim_quarter</c> holds the same dates,
    /// generated in SQL by the calendar migration; a test ties the two for every quarter.
    /// </summary>
    public DateOnly Tier1Deadline => Next.FirstDay.AddDays(4);

    /// <summary>The day regions send their return and their districts' to the ministry by: the 10th of the month after the quarter (Rules §8).</summary>
    public DateOnly Tier2Deadline => Next.FirstDay.AddDays(9);

    /// <summary>
    /// The latest quarter whose district deadline has passed by <paramref name="today"/> (a return is on
    /// time on its deadline day): the newest quarter whose every return can be judged received or missing.
    /// </summary>
    public static Quarter LatestDueBy(DateOnly today)
    {
        var ended = Of(today).Previous;
        return today > ended.Tier1Deadline ? ended : ended.Previous;
    }

    /// <summary>Whether the warehouse's calendar holds this quarter.</summary>
    public bool InCalendar => this >= First && this <= Last;

    public Quarter Next => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    public Quarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    /// <summary>The quarter this many quarters later (earlier when negative).</summary>
    public Quarter Plus(int quarters)
    {
        var index = (Year * 4) + Number - 1 + quarters;
        return new Quarter(index / 4, (index % 4) + 1);
    }

    /// <summary>The quarter a date falls in.</summary>
    public static Quarter Of(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    /// <summary>Parses <c>2026Q3</c> (also <c>2026-Q3</c>, any case).</summary>
    public static Quarter Parse(string text) => TryParse(text, out var quarter)
        ? quarter
        : throw new FormatException($"'{text}' is not a quarter: write it like 2026Q3.");

    public static bool TryParse(string? text, out Quarter quarter)
    {
        var match = text is null ? null : Pattern().Match(text.Trim());
        quarter = default;
        if (match is null || !match.Success)
        {
            return false;
        }

        quarter = new Quarter(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value[0] - '0');
        return true;
    }

    /// <summary>Every quarter from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static IEnumerable<Quarter> Range(Quarter from, Quarter to)
    {
        for (var q = from; q <= to; q = q.Next)
        {
            yield return q;
        }
    }

    public int CompareTo(Quarter other) => Key.CompareTo(other.Key);

    public static bool operator <(Quarter left, Quarter right) => left.Key < right.Key;

    public static bool operator <=(Quarter left, Quarter right) => left.Key <= right.Key;

    public static bool operator >(Quarter left, Quarter right) => left.Key > right.Key;

    public static bool operator >=(Quarter left, Quarter right) => left.Key >= right.Key;

    public override string ToString() => $"{Year}Q{Number}";

    [GeneratedRegex(@"^(\d{4})-?[Qq]([1-4])$")]
    private static partial Regex Pattern();
}
