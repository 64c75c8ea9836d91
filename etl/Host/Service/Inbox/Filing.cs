using System.Globalization;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Host.Service.Inbox;

/// <summary>
/// Moves a file out of the inbox into its folder under a name that starts with when it was
/// received (Kazakhstan time), so a folder lists in arrival order; never over another file.
/// </summary>
public static class Filing
{
    public static string Move(string path, string folder, DateTimeOffset received)
    {
        Directory.CreateDirectory(folder);
        var stamp = TimeZoneInfo.ConvertTime(received, KazakhstanTime.Zone).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var name = $"{stamp}_{Path.GetFileName(path)}";
        var target = Path.Combine(folder, name);
        for (var copy = 2; File.Exists(target); copy++)
        {
            target = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(name)}-{copy}{Path.GetExtension(name)}"));
        }

        File.Move(path, target);
        return target;
    }
}
