using ClosedXML.Excel;

namespace VolunteerDW.Etl.BlankReturn;

/// <summary>Writing values and sizing rows without measuring text (which needs System.Drawing).</summary>
internal static class ReturnCells
{
    /// <summary>The height of one line of the default 11-point font, in points.</summary>
    private const double LineHeight = 15;

    // Wrapping breaks at spaces and bold text runs wider, so a line holds a little less than the
    // column's width in characters.
    private const double CharactersPerWidth = 0.85;

    /// <summary>Writes rows of values from row 1: strings as text (never parsed), whole numbers, blanks.</summary>
    public static void WriteRows(IXLWorksheet sheet, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var rowNumber = 1;
        foreach (var row in rows)
        {
            for (var column = 0; column < row.Count; column++)
            {
                var cell = sheet.Cell(rowNumber, column + 1);
                switch (row[column])
                {
                    case null:
                        break;
                    case string text:
                        cell.SetValue(text);
                        break;
                    case int number:
                        cell.SetValue(number);
                        break;
                    case var other:
                        throw new ArgumentException($"A template cell cannot hold a {other.GetType().Name}.", nameof(rows));
                }
            }

            rowNumber++;
        }
    }

    /// <summary>Prints the sheet on A4 landscape, as wide as one page, however many pages long.</summary>
    public static void FitPrintToPageWidth(IXLWorksheet sheet)
    {
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
    }

    /// <summary>Makes a row of wrapped text tall enough for its longest cell, estimated from the text's length.</summary>
    public static void FitHeight(IXLRow row, IEnumerable<(string Text, double Width)> cells)
    {
        var lines = cells.Max(cell => Math.Ceiling(cell.Text.Length / (cell.Width * CharactersPerWidth)));
        row.Height = Math.Max(1, lines) * LineHeight;
    }
}
