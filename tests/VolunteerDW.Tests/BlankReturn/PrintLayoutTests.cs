using ClosedXML.Excel;
using VolunteerDW.Etl.BlankReturn;

namespace VolunteerDW.Tests.BlankReturn;

/// <summary>How <see cref="PrintLayout"/> chooses a sheet's orientation and scale from its widths and fonts.</summary>
public sealed class PrintLayoutTests
{
    [Fact]
    public void A_sheet_that_fits_a_portrait_page_at_full_size_prints_portrait_one_page_wide()
    {
        using var workbook = new XLWorkbook();
        var sheet = Sheet(workbook, columns: 3, width: 20);

        PrintLayout.Apply(sheet, "footer");

        Assert.Equal((XLPaperSize.A4Paper, XLPageOrientation.Portrait, 1, 0), (sheet.PageSetup.PaperSize, sheet.PageSetup.PageOrientation, sheet.PageSetup.PagesWide, sheet.PageSetup.PagesTall));
    }

    [Fact]
    public void A_sheet_too_wide_to_shrink_readably_prints_landscape_at_the_smallest_scale_that_keeps_its_text_8_points()
    {
        using var workbook = new XLWorkbook();
        // 400 digits across: one landscape page would shrink it to about a third.
        var sheet = Sheet(workbook, columns: 20, width: 20);
        sheet.Cell(2, 1).Style.Font.FontSize = 10;

        PrintLayout.Apply(sheet, "footer", headingRows: 1);

        Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
        Assert.Equal(0, sheet.PageSetup.PagesWide);
        Assert.InRange(sheet.PageSetup.Scale * 10 / 100.0, 8, 8.1);
        Assert.Equal((1, 1), (sheet.PageSetup.FirstRowToRepeatAtTop, sheet.PageSetup.LastRowToRepeatAtTop));
    }

    [Fact]
    public void An_ampersand_in_the_footer_prints_as_itself()
    {
        using var workbook = new XLWorkbook();
        var sheet = Sheet(workbook, columns: 1, width: 10);

        PrintLayout.Apply(sheet, "A & B");

        Assert.Equal("A && B", sheet.PageSetup.Footer.Left.GetText(XLHFOccurrence.OddPages));
    }

    private static IXLWorksheet Sheet(XLWorkbook workbook, int columns, double width)
    {
        var sheet = workbook.AddWorksheet("sheet");
        for (var column = 1; column <= columns; column++)
        {
            sheet.Cell(1, column).SetValue($"heading {column}");
            sheet.Cell(2, column).SetValue("value");
            sheet.Column(column).Width = width;
        }

        return sheet;
    }
}
