namespace VolunteerDW.Warehouse.Printing;

/// <summary>
/// How a spreadsheet the product writes comes out on paper — the return template and the report's
/// annex alike: how wide a column prints, how much A4 holds, and how tall wrapped text makes a row.
/// Spreadsheets fit neither widths nor heights to text when they open a file, and ClosedXML's own
/// fitting measures text through System.Drawing, which needs a native library Linux servers lack,
/// so the writers size rows from these estimates. Each document keeps its own choice of orientation
/// and scale; the measures are the same for both.
/// </summary>
public static class PrintedSheet
{
    /// <summary>The workbooks' font size, in points, in which column widths are counted.</summary>
    public const double DefaultFontSize = 11;

    /// <summary>Excel's default row, 15 points, holds one line of 11-point text: lines are 15/11 of the font size apart.</summary>
    public const double LineSpacing = 15 / DefaultFontSize;

    /// <summary>Excel's limit on a row's height, in points.</summary>
    public const double MaxRowHeight = 409;

    /// <summary>A4 held portrait, in points (210 × 297 mm; a point is 1/72 inch).</summary>
    public const double A4ShortSide = 210 / 25.4 * 72;

    /// <summary>A4's long side, in points.</summary>
    public const double A4LongSide = 297 / 25.4 * 72;

    /// <summary>
    /// A character counted as a little over a digit (the unit of a column's width): Cyrillic
    /// capitals run wider. Erring this way gives a line too many rather than a line cut off.
    /// </summary>
    public const double CharacterWidth = 1.1;

    // Bold runs a tenth wider again; the cell's margins take about a digit.
    private const double BoldWidening = 1.1;
    private const double CellMargin = 1;

    /// <summary>
    /// How wide a column of a width (in Excel's units, digits of the default font) prints at full
    /// size, in points: Excel draws it 7 pixels a digit plus 5 of padding, a pixel 3/4 of a point.
    /// </summary>
    public static double ColumnPoints(double width) => Math.Truncate((width * 7) + 5) * 0.75;

    /// <summary>How many characters of a font a line of a column holds.</summary>
    public static int CharactersPerLine(double width, double fontSize, bool bold = false) =>
        Math.Max(1, (int)((width - CellMargin) / (CharacterWidth * (bold ? BoldWidening : 1) * fontSize / DefaultFontSize)));

    /// <summary>The height, in points, a row needs for a text wrapped in a column of a width at a font.</summary>
    public static double RowHeight(string text, double width, double fontSize, bool bold = false) =>
        Math.Min(MaxRowHeight, Lines(text, CharactersPerLine(width, fontSize, bold)) * fontSize * LineSpacing);

    /// <summary>
    /// The lines a text takes when wrapped as spreadsheets wrap it: at its line breaks, and at the
    /// last space that fits; a word longer than a line is broken where the line ends.
    /// </summary>
    public static int Lines(string text, int perLine)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(perLine, 1);
        return text.Split('\n').Sum(paragraph => LinesOfParagraph(paragraph, perLine));
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
}
