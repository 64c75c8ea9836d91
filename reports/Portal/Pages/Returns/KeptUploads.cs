using System.Globalization;
using System.Text.RegularExpressions;

namespace VolunteerDW.Portal.Pages.Returns;

/// <summary>Who sent a kept file through the portal (their user name) and the file's name as they sent it.</summary>
public sealed record SentFile(string Sender, string Name);

/// <summary>
/// Where a file sent through the portal is kept: <c>&lt;uploads&gt;/&lt;day&gt;/&lt;sender&gt;/&lt;hhmmss&gt;-&lt;n&gt;-&lt;name as sent&gt;</c>,
/// the day and time in Kazakhstan. One layout for keeping a file and for finding it again — and
/// finding looks in the asker's own folder only, so another person's file is never found.
/// </summary>
public static partial class KeptUploads
{
    private const string DayFormat = "yyyy-MM-dd";

    /// <summary>The path the <paramref name="number"/>th file of a sending is kept at (its folder made).</summary>
    public static string PathFor(string uploads, DateTimeOffset localNow, string sender, int number, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(uploads, localNow.ToString(DayFormat, CultureInfo.InvariantCulture), sender)).FullName;
        var safe = string.Concat(Path.GetFileName(name).Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
        return Path.Combine(folder, $"{localNow.ToString("HHmmss", CultureInfo.InvariantCulture)}-{number}-{safe}");
    }

    /// <summary>The day and the kept name of a kept file, as an address names it.</summary>
    public static (string Day, string File) Name(string kept) => (Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(kept)))!, Path.GetFileName(kept));

    /// <summary>A file the sender kept on a day, with <paramref name="suffix"/>, or null: a day or name that is not one finds nothing.</summary>
    public static string? Find(string uploads, string sender, string? day, string? file, string suffix)
    {
        if (day is null || !DateOnly.TryParseExact(day, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            || file is null || Path.GetFileName(file) != file || !KeptName().IsMatch(file))
        {
            return null;
        }

        var path = Path.Combine(uploads, day, sender, file + suffix);
        return File.Exists(path) ? path : null;
    }

    /// <summary>
    /// A file the portal kept, found by the name it was kept under (as the load recorded it) on the
    /// day it was received: who sent it and the name they sent it under. Null for a file that did
    /// not come through the portal, or that more than one sender's folder holds.
    /// </summary>
    public static SentFile? Sender(string uploads, DateOnly day, string keptName)
    {
        ArgumentNullException.ThrowIfNull(keptName);
        var folder = Path.Combine(uploads, day.ToString(DayFormat, CultureInfo.InvariantCulture));
        if (Path.GetFileName(keptName) != keptName || !KeptName().IsMatch(keptName) || !Directory.Exists(folder))
        {
            return null;
        }

        var senders = Directory.EnumerateDirectories(folder).Where(sender => File.Exists(Path.Combine(sender, keptName))).Take(2).ToList();
        // The kept name is "hhmmss-n-name as sent": what follows the second hyphen is the name as sent.
        return senders.Count == 1 ? new SentFile(Path.GetFileName(senders[0]), keptName[(keptName.IndexOf('-', 7) + 1)..]) : null;
    }

    [GeneratedRegex(@"^[0-9]{6}-[0-9]+-[^/\\]+$")]
    private static partial Regex KeptName();
}
