using System.Globalization;
using System.Text.Json;
using VolunteerDW.Tests.Support;

namespace VolunteerDW.Tests.Annex;

/// <summary>How one sheet prints, as openpyxl reads it from the file (read_print_setup.py).</summary>
public sealed record PrintedSheet(
    string Name,
    int? PaperSize,
    string? Orientation,
    int? FitToWidth,
    int? FitToHeight,
    bool FitToPage,
    Dictionary<string, double> Margins,
    string? PrintTitleRows,
    Dictionary<string, double> ColumnWidths,
    Dictionary<string, double> RowHeights,
    List<string> WrappedCells)
{
    /// <summary>The paper size code of A4 in the file format (ECMA-376 §18.3.1.63).</summary>
    public const int A4 = 9;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Every sheet of a workbook, in order.</summary>
    public static async Task<IReadOnlyList<PrintedSheet>> ReadAsync(string workbook)
    {
        var output = await PythonScript.RunAsync(RepoPaths.Of("tests", "VolunteerDW.Tests", "Annex", "read_print_setup.py"), [workbook]);
        return JsonSerializer.Deserialize<List<PrintedSheet>>(output, Json) ?? throw new InvalidOperationException("read_print_setup.py printed nothing.");
    }

    /// <summary>The height written for a row, or null when the file leaves it at the default.</summary>
    public double? HeightOf(int row) => RowHeights.TryGetValue(row.ToString(CultureInfo.InvariantCulture), out var height) ? height : null;
}
