using System.Globalization;
using VolunteerDW.Reports.Languages;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Text;

/// <summary>An instant as every page of the portal shows it: the Kazakhstan date as each language writes it, and the time of day.</summary>
public static class LocalTime
{
    /// <summary>"2026 жылғы 1 шілде, 09:00", "1 июля 2026 г., 09:00".</summary>
    public static string Text(DateTimeOffset instant, Language language)
    {
        var local = TimeZoneInfo.ConvertTime(instant, KazakhstanTime.Zone);
        return $"{DateText.Date(DateOnly.FromDateTime(local.DateTime), language)}, {local.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    /// <summary>An instant as the warehouse keeps it (UTC).</summary>
    public static string Text(DateTime storedUtc, Language language) =>
        Text(StoredTime.Read(storedUtc), language);
}
