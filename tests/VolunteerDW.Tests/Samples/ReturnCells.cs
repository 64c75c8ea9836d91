using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Reading;

namespace VolunteerDW.Tests.Samples;

/// <summary>Reads a return's cells back by field code, as a person checking the workbook would.</summary>
internal static class ReturnCells
{
    private static readonly string[] CountFields = ["subjects", "people", "new_subjects"];

    /// <summary>The <c>submission</c> sheet's values (column C) by code (column A).</summary>
    public static Dictionary<string, RawCell?> Header(RawWorkbook workbook) =>
        workbook.Sheet(SubmissionLayout.Header.Name)!.Rows.ToDictionary(r => r[0]!.Text!, r => r[2], StringComparer.Ordinal);

    /// <summary>A data sheet's rows from row 3, each cell by the code in row 1.</summary>
    public static List<Dictionary<string, RawCell?>> Rows(RawWorkbook workbook, SheetSpec sheet)
    {
        var rows = workbook.Sheet(sheet.Name)!.Rows;
        var codes = rows.Single(r => r.Number == 1);
        return [.. rows.Where(r => r.Number >= SubmissionLayout.FirstDataRow)
            .Select(r => codes.Cells.ToDictionary(c => c.Value.Text!, c => r[c.Key], StringComparer.Ordinal))];
    }

    public static long? Count(RawCell? cell) => cell?.Number is { } number ? (long)number : null;

    public static DateOnly? Date(RawCell? cell) => cell?.Number is { } number ? DateOnly.FromDateTime(DateTime.FromOADate(number)) : null;

    public static string? Text(RawCell? cell) => cell?.Text;

    public static string Kato(PackageEntry entry) => Path.GetFileNameWithoutExtension(entry.Name);

    /// <summary>The counts of a subjects or consolidated sheet by subject type, activity type and field.</summary>
    public static Dictionary<(string SubjectType, string ActivityType, string Field), long?> Counts(RawWorkbook workbook, SheetSpec sheet) =>
        Rows(workbook, sheet)
            .SelectMany(row => CountFields.Select(field =>
                (Key: (Text(row["subject_type"])!, Text(row["activity_type"])!, field), Value: Count(row[field]))))
            .ToDictionary(x => x.Key, x => x.Value);
}
