using System.Globalization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Portal.Pages.Returns;

/// <summary>
/// The parts of a return's address (<c>unit</c>, <c>quarter</c>, a version) as the history and
/// comparison pages read them from the query string: a part left out is null; a part that is not
/// one (a unit not of nine digits, a quarter outside the calendar, a version not a whole number
/// from 1) makes the address malformed.
/// </summary>
public static class ReturnAddress
{
    public static bool TryQuarter(string? text, out Quarter? quarter)
    {
        quarter = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!Quarter.TryParse(text, out var parsed) || !parsed.InCalendar)
        {
            return false;
        }

        quarter = parsed;
        return true;
    }

    public static bool TryUnit(string? text, out string? kato)
    {
        kato = string.IsNullOrEmpty(text) ? null : text;
        return kato is null || (kato.Length == 9 && kato.All(char.IsAsciiDigit));
    }

    public static bool TryVersion(string? text, out int version) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out version) && version >= 1;
}
