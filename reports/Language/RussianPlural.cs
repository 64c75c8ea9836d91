namespace VolunteerDW.Reports.Languages;

/// <summary>
/// The form of a Russian noun after a number: 1 волонтер, 2 волонтера, 5 волонтеров. The form
/// follows the last two digits (11–14 take the "many" form: 11 волонтеров, 112 волонтеров), a
/// negative number is read by its absolute value, and a number with a fraction takes the
/// genitive singular, the "few" form (2,5 волонтера, 1,5 волонтера).
/// </summary>
public static class RussianPlural
{
    /// <summary>The form that goes with <paramref name="number"/>.</summary>
    /// <param name="number">The number as written.</param>
    /// <param name="one">After 1, 21, 101: "волонтер".</param>
    /// <param name="few">After 2–4, 22–24 and any fraction: "волонтера".</param>
    /// <param name="many">After 0, 5–20, 25–30, 111–114: "волонтеров".</param>
    public static string Choose(decimal number, string one, string few, string many)
    {
        var magnitude = Math.Abs(number);
        if (magnitude != decimal.Truncate(magnitude))
        {
            return few;
        }

        var lastTwo = (int)(magnitude % 100);
        var last = lastTwo % 10;
        return lastTwo is >= 11 and <= 14 ? many
            : last == 1 ? one
            : last is >= 2 and <= 4 ? few
            : many;
    }
}
