using ClosedXML.Excel;

namespace VolunteerDW.Reports.Annex;

/// <summary>
/// Sets the height of rows holding wrapped text from the text itself: no spreadsheet fits a row
/// it opens to its text (Excel and LibreOffice keep the heights the file gives), and ClosedXML's
/// own fitting measures text through System.Drawing, which needs libgdiplus, absent on Linux servers.
/// </summary>
internal static class RowHeights
{
    /// <summary>The workbook's font size, in points.</summary>
    public const double DefaultFontSize = 11;

    /// <summary>Excel's limit on a row's height, in points.</summary>
    public const double MaxRowHeight = 409;

    /// <summary>Excel's default row, 15 points, holds one line of 11-point Calibri: lines are 15/11 of the font size apart.</summary>
    public const double LineSpacing = 15 / DefaultFontSize;

    // The cell's margins take about a digit's width from the text.
    private const double CellMargin = 1;

    /// <summary>Gives every row holding wrapped text the height of its tallest wrapped cell.</summary>
    public static void Fit(IXLWorksheet sheet)
    {
        foreach (var row in sheet.RowsUsed())
        {
            var wrapped = row.CellsUsed().Where(cell => cell.Style.Alignment.WrapText).ToList();
            if (wrapped.Count > 0)
            {
                row.Height = wrapped.Max(HeightOf);
            }
        }
    }

    /// <summary>The height, in points, of text wrapped in a column of the given width (in Excel's units) at a font size.</summary>
    public static double HeightOf(string text, double width, double fontSize) =>
        Math.Min(MaxRowHeight, LinesOf(text, CharactersPerLine(width, fontSize)) * fontSize * LineSpacing);

    /// <summary>How many characters of a font size a line of a column holds; wider type holds fewer.</summary>
    public static int CharactersPerLine(double width, double fontSize) =>
        Math.Max(1, (int)((width - CellMargin) / (ColumnWidths.CharacterWidth * fontSize / DefaultFontSize)));

    /// <summary>
    /// The lines a text takes when wrapped as spreadsheets wrap it: at its line breaks, and at the
    /// last space that fits; a word longer than a line is broken where the line ends.
    /// </summary>
    public static int LinesOf(string text, int perLine)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(perLine, 1);
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            lines += LinesOfParagraph(paragraph, perLine);
        }

        return lines;
    }

    private static int LinesOfParagraph(string paragraph, int perLine)
    {
        var lines = 1;
        var used = 0;
        foreach (var word in paragraph.Split(' '))
        {
            if (used > 0 && used + 1 + word.Length <= perLine)
            {
                used += 1 + word.Length;
            }
            else if (used == 0 && word.Length <= perLine)
            {
                used = word.Length;
            }
            else
            {
                // The word starts a line of its own and runs on over as many as it needs.
                lines += (used > 0 ? 1 : 0) + ((word.Length - 1) / perLine);
                used = ((word.Length - 1) % perLine) + 1;
            }
        }

        return lines;
    }

    // A merged cell's text wraps across all its columns.
    private static double HeightOf(IXLCell cell)
    {
        var width = cell.IsMerged()
            ? cell.MergedRange().Columns().Sum(column => column.WorksheetColumn().Width)
            : cell.WorksheetColumn().Width;
        return HeightOf(cell.GetString(), width, cell.Style.Font.FontSize);
    }
}
