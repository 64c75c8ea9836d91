using ClosedXML.Excel;
using VolunteerDW.Warehouse.Printing;

namespace VolunteerDW.Reports.Annex;

/// <summary>
/// How every annex sheet prints: on A4, turned to landscape when its columns are too wide for
/// portrait paper, scaled to one page wide and as many tall as it needs, the table's header
/// repeated on every page, and the sheet's name and page number at the foot.
/// </summary>
internal static class PrintLayout
{
    private const double CentimetresPerInch = 2.54;

    /// <summary>
    /// The smallest scale a sheet prints at on portrait paper. A table a little wider than the page
    /// stays portrait, like the report it annexes, at a scale that still reads well; past this,
    /// landscape keeps its text larger.
    /// </summary>
    public const double MinPortraitScale = 0.85;

    /// <summary>The left and right margins, in inches (1.5 cm), ClosedXML's unit.</summary>
    public const double SideMargin = 1.5 / CentimetresPerInch;

    // Top and bottom leave room for the footer below the table and a punched binding above it.
    private const double EdgeMargin = 2 / CentimetresPerInch;

    private const double HeaderFooterMargin = 0.8 / CentimetresPerInch;

    /// <summary>The width between the margins of portrait A4, in points.</summary>
    public static double PortraitPrintableWidth => PrintedSheet.A4ShortSide - (2 * SideMargin * 72);

    /// <summary>
    /// Landscape when the columns together, at full scale, print wider than portrait A4 holds
    /// between its margins even shrunk to <see cref="MinPortraitScale"/>.
    /// </summary>
    public static XLPageOrientation OrientationFor(IEnumerable<double> columnWidths) =>
        columnWidths.Sum(PrintedSheet.ColumnPoints) * MinPortraitScale > PortraitPrintableWidth ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;

    /// <summary>Sets up a sheet's printing; its columns' widths must be set already.</summary>
    public static void Apply(IXLWorksheet sheet, int columns, int headerRow)
    {
        var page = sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = OrientationFor(Enumerable.Range(1, columns).Select(column => sheet.Column(column).Width));
        page.FitToPages(1, 0);
        page.SetRowsToRepeatAtTop(headerRow, headerRow);
        page.Margins.Left = SideMargin;
        page.Margins.Right = SideMargin;
        page.Margins.Top = EdgeMargin;
        page.Margins.Bottom = EdgeMargin;
        page.Margins.Header = HeaderFooterMargin;
        page.Margins.Footer = HeaderFooterMargin;
        page.Footer.Left.AddText(XLHFPredefinedText.SheetName);
        page.Footer.Right.AddText(XLHFPredefinedText.PageNumber);
        page.Footer.Right.AddText(" / ");
        page.Footer.Right.AddText(XLHFPredefinedText.NumberOfPages);
    }
}
