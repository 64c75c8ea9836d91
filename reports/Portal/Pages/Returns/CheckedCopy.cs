using System.Globalization;
using System.Text.RegularExpressions;
using VolunteerDW.Etl.Feedback;
using VolunteerDW.Etl.Problems;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Pages.Returns;

/// <summary>
/// The sender's rejected workbook with its problems marked on it (<see cref="AnnotatedWorkbook"/>),
/// kept beside the file as sent and handed back only from the sender's own folder of uploads.
/// </summary>
public static partial class CheckedCopy
{
    private const string Suffix = ".checked.xlsx";

    /// <summary>Writes the marked copy beside <paramref name="kept"/>; returns its address, or null when the file is not a workbook that can be marked.</summary>
    public static string? Write(string kept, IReadOnlyList<Problem> problems, Language language)
    {
        try
        {
            using var original = File.OpenRead(kept);
            File.WriteAllBytes(kept + Suffix, AnnotatedWorkbook.Annotate(original, problems, language));
        }
        catch (Exception unreadable) when (unreadable is InvalidDataException or IOException or ArgumentException or InvalidOperationException or FormatException)
        {
            return null;
        }

        var folder = Path.GetDirectoryName(kept)!;
        return $"/Returns/Checked?day={Path.GetFileName(Path.GetDirectoryName(folder))}&file={Uri.EscapeDataString(Path.GetFileName(kept))}";
    }

    /// <summary>The marked copy of a file the person sent on a day, or null: a day or name that is not one, or another person's file, finds nothing.</summary>
    public static string? Find(string uploads, string sender, string? day, string? file)
    {
        if (day is null || !DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            || file is null || Path.GetFileName(file) != file || !KeptName().IsMatch(file))
        {
            return null;
        }

        var path = Path.Combine(uploads, day, sender, file + Suffix);
        return File.Exists(path) ? path : null;
    }

    // As KeepAsync names kept files: time, number, then the name as sent.
    [GeneratedRegex(@"^[0-9]{6}-[0-9]+-[^/\\]+$")]
    private static partial Regex KeptName();
}
