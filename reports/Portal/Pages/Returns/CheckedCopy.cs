using VolunteerDW.Etl.Feedback;
using VolunteerDW.Etl.Problems;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Pages.Returns;

/// <summary>
/// The sender's rejected workbook with its problems marked on it (<see cref="AnnotatedWorkbook"/>),
/// kept beside the file as sent (<see cref="KeptUploads"/>) and handed back only from the sender's own folder.
/// </summary>
public static class CheckedCopy
{
    public const string Suffix = ".checked.xlsx";

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

        var (day, file) = KeptUploads.Name(kept);
        return $"/Returns/Checked?day={day}&file={Uri.EscapeDataString(file)}";
    }
}
