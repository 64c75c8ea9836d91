using ClosedXML.Excel;

namespace VolunteerDW.Etl.BlankReturn;

/// <summary>
/// Row heights for wrapped text, estimated from the text's length: ClosedXML measures text through
/// System.Drawing, which needs a native library Linux servers lack, and a row left at its default
/// height shows (and prints) one line of a wrapped heading.
/// </summary>
internal static class RowHeights
{
    // Column width counts digits of the 11-point default font. Calibri's letters average a little
    // under a digit and its bold ones about a digit, so counting every character as a digit (a
    // tenth more in bold) errs on the side of a line too many rather than a line cut off.
    private const double DefaultFontSize = 11;
    private const double BoldWidening = 1.1;

    // Excel's own height for a line of 11-point Calibri is 15 points; other sizes in proportion.
    private const double LineHeightPerPoint = 15 / DefaultFontSize;

    // Excel refuses taller rows.
    private const double MaximumHeight = 409;

    /// <summary>Makes the row tall enough for the wrapped text of every cell in it, at its column's width and its own font.</summary>
    public static void Fit(IXLRow row)
    {
        var height = row.CellsUsed().Select(Height).DefaultIfEmpty(0).Max();
        if (height > 0)
        {
            row.Height = Math.Min(MaximumHeight, height);
        }
    }

    private static double Height(IXLCell cell)
    {
        var font = cell.Style.Font;
        var lines = cell.Style.Alignment.WrapText
            ? Lines(cell.GetString(), cell.WorksheetColumn().Width, font.FontSize / DefaultFontSize * (font.Bold ? BoldWidening : 1))
            : 1;
        return lines * font.FontSize * LineHeightPerPoint;
    }

    /// <summary>
    /// How many lines the text takes when wrapped, as Excel wraps: at spaces, and inside a word
    /// only when the word alone is wider than the column.
    /// </summary>
    private static int Lines(string text, double columnWidth, double characterWidth)
    {
        var perLine = Math.Max(1, (int)Math.Floor(columnWidth / characterWidth));
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            var used = 0;
            lines++;
            foreach (var word in paragraph.Split(' '))
            {
                var needed = used == 0 ? word.Length : used + 1 + word.Length;
                if (needed <= perLine)
                {
                    used = needed;
                    continue;
                }

                // The word starts a new line, and runs on to as many more as it fills on its own.
                lines += used == 0 ? 0 : 1;
                var fullLines = Math.Max(0, word.Length - 1) / perLine;
                lines += fullLines;
                used = word.Length - (fullLines * perLine);
            }
        }

        return lines;
    }
}
