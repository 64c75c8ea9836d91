using ClosedXML.Excel;
using VolunteerDW.Warehouse.Printing;

namespace VolunteerDW.Etl.BlankReturn;

/// <summary>
/// How a template sheet prints: on A4, portrait when its columns fit across a portrait page at
/// full size and landscape otherwise, shrunk to one page wide only as far as its smallest text
/// stays at least <see cref="MinimumPrintedFontSize"/> points on paper; its heading rows on every
/// page, and the unit, quarter and page number in the footer. Officers print the return and sign
/// it, so a page of 4-point text is a return nobody can check.
/// </summary>
internal static class PrintLayout
{
    /// <summary>The smallest text, in points, that still reads on paper.</summary>
    public const double MinimumPrintedFontSize = 8;

    // In inches, as the page setup takes them: narrow sides leave the columns room, the bottom
    // leaves the footer room.
    private const double SideMargin = 0.5;
    private const double TopMargin = 0.6;
    private const double BottomMargin = 0.75;
    private const double HeaderFooterMargin = 0.3;

    /// <summary>
    /// Sets up the sheet's printing from its column widths and fonts as they are now: call it once
    /// the sheet is laid out. <paramref name="headingRows"/> rows at the top repeat on every page.
    /// </summary>
    public static void Apply(IXLWorksheet sheet, string footer, int headingRows = 0)
    {
        var page = sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.Margins.Left = page.Margins.Right = SideMargin;
        page.Margins.Top = TopMargin;
        page.Margins.Bottom = BottomMargin;
        page.Margins.Header = page.Margins.Footer = HeaderFooterMargin;

        var width = ContentWidth(sheet);
        var portrait = width <= PrintableWidth(XLPageOrientation.Portrait);
        page.PageOrientation = portrait ? XLPageOrientation.Portrait : XLPageOrientation.Landscape;
        var smallestFont = SmallestFontSize(sheet);
        var fitScale = PrintableWidth(page.PageOrientation) / width;
        if (fitScale * smallestFont >= MinimumPrintedFontSize)
        {
            // As many pages tall as the rows need; fitting never enlarges a sheet that is narrower.
            page.FitToPages(1, 0);
        }
        else
        {
            // Too wide to shrink onto one page readably: print at the smallest readable scale and
            // let the columns run onto a second page across.
            page.AdjustTo((int)Math.Ceiling(MinimumPrintedFontSize / smallestFont * 100));
        }

        if (headingRows > 0)
        {
            page.SetRowsToRepeatAtTop(1, headingRows);
        }

        // An ampersand starts a code in a header or footer; doubled, it prints as itself.
        page.Footer.Left.AddText(footer.Replace("&", "&&", StringComparison.Ordinal));
        page.Footer.Center.AddText(XLHFPredefinedText.PageNumber);
        page.Footer.Center.AddText(" / ");
        page.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages);
        page.Footer.Right.AddText(XLHFPredefinedText.SheetName);
    }

    // The width of the printable area between the side margins, in points.
    private static double PrintableWidth(XLPageOrientation orientation) =>
        (orientation == XLPageOrientation.Landscape ? PrintedSheet.A4LongSide : PrintedSheet.A4ShortSide) - (2 * SideMargin * 72);

    // The width of the sheet's columns from A to the last one used, in points at full size.
    private static double ContentWidth(IXLWorksheet sheet)
    {
        var last = sheet.LastColumnUsed()?.ColumnNumber() ?? 1;
        return Enumerable.Range(1, last).Sum(column => PrintedSheet.ColumnPoints(sheet.Column(column).Width));
    }

    private static double SmallestFontSize(IXLWorksheet sheet) =>
        sheet.CellsUsed().Select(cell => cell.Style.Font.FontSize).Append(sheet.Style.Font.FontSize).Min();
}
