using System.Text.Json;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Workflow;
using VolunteerDW.Tests.Support;

namespace VolunteerDW.Tests.Workflow;

/// <summary>A template's sheet names and the counts of one of its subject sheets, as openpyxl reads them.</summary>
public sealed record TemplateCounts(IReadOnlyList<string> Sheets, IReadOnlyDictionary<(string Subject, string Activity), SubjectFigures>? Rows)
{
    /// <summary>Reads <paramref name="workbook"/> with openpyxl; <see cref="Rows"/> is null when it has no sheet of that name.</summary>
    public static async Task<TemplateCounts> ReadAsync(string workbook, string sheet)
    {
        using var json = JsonDocument.Parse(await PythonScript.RunAsync(RepoPaths.Of("tests", "VolunteerDW.Tests", "Workflow", "read_counts.py"), [workbook, sheet]));
        var sheets = json.RootElement.GetProperty("sheets").EnumerateArray().Select(name => name.GetString()!).ToList();
        var rows = json.RootElement.GetProperty("rows");
        return new TemplateCounts(sheets, rows.ValueKind == JsonValueKind.Null ? null : rows.EnumerateArray().ToDictionary(
            row => (Code(row[0]), Code(row[1])),
            row => new SubjectFigures(Count(row[2]), Count(row[3]), Count(row[4]))));
    }

    // A code cell holds "code — labels" as the drop-down offers it.
    private static string Code(JsonElement cell) => cell.GetString()!.Split(SubmissionLayout.CodeLabelSeparator)[0];

    // A count is a number, or blank; anything else (text) fails the read.
    private static long? Count(JsonElement cell) => cell.ValueKind == JsonValueKind.Null ? null : cell.GetInt64();
}
