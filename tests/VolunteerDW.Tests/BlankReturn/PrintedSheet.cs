using System.Text.Json;
using ClosedXML.Excel;
using VolunteerDW.Tests.Support;

namespace VolunteerDW.Tests.BlankReturn;

/// <summary>
/// How one sheet of a workbook prints, as a reader of the file sees it: its page setup, column
/// widths (stored, padding included), smallest font, row heights and ruled cells. Read with ClosedXML
/// or with openpyxl, so that the same checks hold for two programs' view of the file.
/// </summary>
public sealed record PrintedSheet(
    string Name,
    bool Hidden,
    int PaperSize,
    bool Landscape,
    bool FitToPage,
    int PagesWide,
    int Scale,
    double LeftMargin,
    double RightMargin,
    string? TitleRows,
    string Footer,
    IReadOnlyList<double> ColumnWidths,
    double SmallestFont,
    IReadOnlyDictionary<int, double> RowHeights,
    IReadOnlySet<string> Ruled,
    IReadOnlySet<string> UnlockedBlanks)
{
    // ClosedXML reports a column's width without the 5 pixels of padding the file stores with it
    // (a digit of the default font is 7 pixels).
    private const double PaddingInDigits = 5.0 / 7;

    /// <summary>Every sheet of the workbook as ClosedXML reads it.</summary>
    public static IReadOnlyList<PrintedSheet> ReadWithClosedXml(string path)
    {
        using var workbook = new XLWorkbook(path);
        return [.. workbook.Worksheets.OrderBy(sheet => sheet.Position).Select(FromClosedXml)];
    }

    /// <summary>Every sheet of the workbook as openpyxl reads it (print_facts.py), with each wrapped cell's lines measured in a real font.</summary>
    public static async Task<(IReadOnlyList<PrintedSheet> Sheets, IReadOnlyList<WrappedCell> Wrapped)> ReadWithOpenpyxlAsync(string path)
    {
        var json = await PythonScript.RunAsync(RepoPaths.Of("tests", "VolunteerDW.Tests", "BlankReturn", "print_facts.py"), [path]);
        using var facts = JsonDocument.Parse(json);
        var sheets = facts.RootElement.EnumerateArray().ToList();
        var wrapped = sheets.SelectMany(sheet => sheet.GetProperty("wrapped").EnumerateArray().Select(cell => new WrappedCell(
            sheet.GetProperty("name").GetString()!,
            cell.GetProperty("cell").GetString()!,
            cell.GetProperty("row").GetInt32(),
            cell.GetProperty("lines").GetInt32(),
            cell.GetProperty("fontSize").GetDouble())));
        return ([.. sheets.Select(FromOpenpyxl)], [.. wrapped]);
    }

    private static PrintedSheet FromClosedXml(IXLWorksheet sheet)
    {
        var page = sheet.PageSetup;
        var lastColumn = sheet.LastColumnUsed()?.ColumnNumber() ?? 1;
        var lastRow = sheet.LastRowUsed(XLCellsUsedOptions.All)?.RowNumber() ?? 1;
        var cells = sheet.Range(1, 1, lastRow, lastColumn).Cells().ToList();
        return new PrintedSheet(
            sheet.Name,
            sheet.Visibility != XLWorksheetVisibility.Visible,
            (int)page.PaperSize,
            page.PageOrientation == XLPageOrientation.Landscape,
            page.PagesWide > 0,
            page.PagesWide,
            page.Scale,
            page.Margins.Left,
            page.Margins.Right,
            page.FirstRowToRepeatAtTop > 0 ? $"{page.FirstRowToRepeatAtTop}:{page.LastRowToRepeatAtTop}" : null,
            string.Join("|", new[] { page.Footer.Left, page.Footer.Center, page.Footer.Right }.Select(part => part.GetText(XLHFOccurrence.OddPages))),
            [.. Enumerable.Range(1, lastColumn).Select(column => sheet.Column(column).Width + PaddingInDigits)],
            sheet.CellsUsed().Select(cell => cell.Style.Font.FontSize).Min(),
            Enumerable.Range(1, lastRow).ToDictionary(row => row, row => sheet.Row(row).Height),
            cells.Where(IsRuled).Select(cell => cell.Address.ToString()!).ToHashSet(),
            cells.Where(cell => cell.IsEmpty() && !cell.Style.Protection.Locked).Select(cell => cell.Address.ToString()!).ToHashSet());
    }

    private static bool IsRuled(IXLCell cell)
    {
        var border = cell.Style.Border;
        return new[] { border.LeftBorder, border.RightBorder, border.TopBorder, border.BottomBorder }.All(side => side == XLBorderStyleValues.Thin);
    }

    private static PrintedSheet FromOpenpyxl(JsonElement sheet) => new(
        sheet.GetProperty("name").GetString()!,
        sheet.GetProperty("hidden").GetBoolean(),
        sheet.GetProperty("paperSize").GetInt32(),
        sheet.GetProperty("orientation").GetString() == "landscape",
        sheet.GetProperty("fitToPage").GetBoolean(),
        sheet.GetProperty("fitToWidth").GetInt32(),
        sheet.GetProperty("scale").GetInt32(),
        sheet.GetProperty("leftMargin").GetDouble(),
        sheet.GetProperty("rightMargin").GetDouble(),
        sheet.GetProperty("titleRows").GetString(),
        sheet.GetProperty("footer").GetString()!,
        [.. sheet.GetProperty("columnWidths").EnumerateArray().Select(width => width.GetDouble())],
        sheet.GetProperty("smallestFont").GetDouble(),
        sheet.GetProperty("rowHeights").EnumerateObject().ToDictionary(row => int.Parse(row.Name, System.Globalization.CultureInfo.InvariantCulture), row => row.Value.GetDouble()),
        Strings(sheet.GetProperty("ruled")),
        Strings(sheet.GetProperty("unlockedBlanks")));

    private static HashSet<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(item => item.GetString()!)];
}

/// <summary>A cell of wrapped text in a visible row, with the lines its text takes at its column's width, measured in a real font.</summary>
public sealed record WrappedCell(string Sheet, string Cell, int Row, int Lines, double FontSize);
