using ClosedXML.Excel;
using VolunteerDW.Reports.Annex;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Annex;

/// <summary>
/// The annex on paper: every sheet on A4, one page wide, its header on every page, landscape only
/// when its columns need it, and rows tall enough for their wrapped text — read back with ClosedXML
/// and with openpyxl, which reads the file as LibreOffice and Excel do, not as we wrote it.
/// </summary>
public sealed class AnnexPrintTests(AnnexFixture annex) : IClassFixture<AnnexFixture>
{
    /// <summary>Excel's default row height for 11-point Calibri, in points.</summary>
    private const double DefaultRowHeight = 15;

    /// <summary>Excel's limit on a row's height, in points.</summary>
    private const double MaxRowHeight = 409;

    private const double A4ShortSideInches = 210 / 25.4;

    /// <summary>The rule: a sheet stays portrait while it fits the page shrunk to no less than 85 %.</summary>
    private const double SmallestPortraitScale = 0.85;

    [Theory]
    [InlineData(Language.Kk)]
    [InlineData(Language.Ru)]
    public async Task Every_sheet_prints_on_A4_one_page_wide_with_its_header_repeated_on_every_page(Language language)
    {
        var printed = await PrintedSheet.ReadAsync(annex.PathOf(language));
        using var workbook = annex.Open(language);

        Assert.Equal(AnnexSample.SheetsIn(language), printed.Select(s => s.Name));
        Assert.All(printed, sheet =>
        {
            var header = HeaderRowOf(sheet.Name, language);
            Assert.Equal(PrintedSheet.A4, sheet.PaperSize);
            Assert.Equal((1, 0, true), (sheet.FitToWidth, sheet.FitToHeight, sheet.FitToPage));
            Assert.Equal($"{header}:{header}", sheet.PrintTitleRows?.Replace("$", string.Empty, StringComparison.Ordinal));
            Assert.All(sheet.Margins.Values, margin => Assert.InRange(margin, 0.4, 1.0));

            var page = workbook.Worksheet(sheet.Name).PageSetup;
            Assert.Equal(XLPaperSize.A4Paper, page.PaperSize);
            Assert.Equal((1, 0), (page.PagesWide, page.PagesTall));
            Assert.Equal((header, header), (page.FirstRowToRepeatAtTop, page.LastRowToRepeatAtTop));
        });
    }

    [Theory]
    [InlineData(Language.Kk)]
    [InlineData(Language.Ru)]
    public async Task A_sheet_is_landscape_exactly_when_its_columns_would_shrink_below_85_percent_on_portrait_A4(Language language)
    {
        var printed = await PrintedSheet.ReadAsync(annex.PathOf(language));
        using var workbook = annex.Open(language);

        Assert.All(printed, sheet =>
        {
            // A column of width w in the file (padding included) is 7w pixels of Calibri 11, at 96 pixels an inch.
            var inches = sheet.ColumnWidths.Values.Sum(width => 7 * width / 96);
            var room = A4ShortSideInches - sheet.Margins["left"] - sheet.Margins["right"];
            var expected = inches * SmallestPortraitScale > room ? "landscape" : "portrait";
            Assert.True(expected == sheet.Orientation, $"{sheet.Name}: columns {inches:F2} in, portrait A4 holds {room:F2} in, yet it prints {sheet.Orientation}.");
            Assert.Equal(expected == "landscape" ? XLPageOrientation.Landscape : XLPageOrientation.Portrait, workbook.Worksheet(sheet.Name).PageSetup.PageOrientation);
        });

        // The sample holds both kinds: two short columns, and a title with a 60-wide text beside it.
        var sheets = AnnexSample.SheetsIn(language);
        Assert.Equal("portrait", printed.Single(s => s.Name == sheets[3]).Orientation);
        Assert.Equal("landscape", printed.Single(s => s.Name == sheets[2]).Orientation);
    }

    [Fact]
    public async Task A_row_holding_a_long_wrapped_text_is_tall_enough_for_its_lines()
    {
        var printed = (await PrintedSheet.ReadAsync(annex.PathOf(Language.Kk))).Single(s => s.Name == AnnexSample.Kk.Practices);
        using var workbook = annex.Open(Language.Kk);
        var cell = workbook.Worksheet(AnnexSample.Kk.Practices).Cell("C8");

        Assert.Equal(AnnexSample.WrappedText, cell.GetString());
        Assert.True(cell.Style.Alignment.WrapText);
        Assert.Contains("C8", printed.WrappedCells);
        // No line of the column holds more characters than the column is digits wide.
        var width = printed.ColumnWidths["C"];
        var fewestLines = Math.Ceiling(AnnexSample.WrappedText.Length / width);
        Assert.True(fewestLines > 1);
        var height = Assert.NotNull(printed.HeightOf(8));
        Assert.True(height >= fewestLines * DefaultRowHeight, $"row 8 is {height} pt: fewer than the {fewestLines} lines of 15 pt its text takes in a column {width} wide.");
        Assert.Equal(height, workbook.Worksheet(AnnexSample.Kk.Practices).Row(8).Height);

        // A text longer than any row holds takes the tallest row there is; a one-word row stays one line.
        Assert.Equal(MaxRowHeight, printed.HeightOf(4));
        Assert.Equal(DefaultRowHeight, printed.HeightOf(6));
    }

    [Fact]
    public void A_long_title_wraps_within_its_table_rather_than_printing_past_it()
    {
        const string title = "Белсенді еріктілер саны тоқсандар бойынша: 2025 жылғы екінші жартыжылдық пен 2026 жылғы бірінші жартыжылдық";
        var table = AnnexSample.Quarters with { Title = new(title, title, title), Sheet = new("Тоқсандар", "Кварталы", "Quarters") };
        using var stream = new MemoryStream();

        XlsxAnnexWriter.Write(stream, AnnexSample.Info, [table], [], Language.Kk);

        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheet(AnnexSample.Kk.Quarters);
        var title1 = sheet.Cell(GridSheet.TitleRow, 1);
        Assert.Equal("A1:B1", Assert.Single(sheet.MergedRanges, r => r.RangeAddress.FirstAddress.RowNumber == GridSheet.TitleRow).RangeAddress.ToString());
        Assert.True(title1.Style.Alignment.WrapText);
        // No line across the two columns holds more characters than they are digits wide.
        var fewestLines = Math.Ceiling(title.Length / (sheet.Column(1).Width + sheet.Column(2).Width));
        Assert.True(fewestLines > 1);
        Assert.True(sheet.Row(GridSheet.TitleRow).Height >= fewestLines * title1.Style.Font.FontSize);
    }

    [Theory]
    [InlineData(Language.Kk)]
    [InlineData(Language.Ru)]
    public void Every_table_is_ruled_so_that_it_reads_on_paper(Language language)
    {
        using var workbook = annex.Open(language);

        foreach (var sheet in workbook.Worksheets)
        {
            var header = HeaderRowOf(sheet.Name, language);
            var table = sheet.Range(header, 1, sheet.LastRowUsed().RowNumber(), sheet.LastColumnUsed().ColumnNumber());
            Assert.All(table.Cells(), cell =>
            {
                var border = cell.Style.Border;
                Assert.Equal(
                    [XLBorderStyleValues.Thin, XLBorderStyleValues.Thin, XLBorderStyleValues.Thin, XLBorderStyleValues.Thin],
                    [border.TopBorder, border.BottomBorder, border.LeftBorder, border.RightBorder]);
            });
        }
    }

    [Theory]
    [InlineData(new[] { 40d, 40d }, XLPageOrientation.Portrait)] // 5.94 in: fits portrait A4's 7.09 in
    [InlineData(new[] { 50d, 50d }, XLPageOrientation.Portrait)] // 7.40 in: fits at 96 %
    [InlineData(new[] { 60d, 60d }, XLPageOrientation.Landscape)] // 8.85 in: would shrink to 80 %
    [InlineData(new[] { 20d, 20d, 20d, 20d, 20d, 20d }, XLPageOrientation.Landscape)] // 9.06 in: would shrink to 78 %
    public void Orientation_follows_the_printed_width_of_the_columns(double[] widths, XLPageOrientation orientation)
    {
        Assert.Equal(orientation, PrintLayout.OrientationFor(widths));
    }

    [Theory]
    [InlineData("ab cd", 5, 1)]
    [InlineData("ab cd", 4, 2)]
    [InlineData("ab cd ef", 5, 2)]
    [InlineData("abcdefghij", 4, 3)]
    [InlineData("ab abcdefghij", 4, 4)]
    [InlineData("ab\ncd", 10, 2)]
    [InlineData("", 5, 1)]
    public void Text_wraps_at_spaces_and_line_breaks_and_a_long_word_breaks_where_the_line_ends(string text, int perLine, int lines)
    {
        Assert.Equal(lines, VolunteerDW.Warehouse.Printing.PrintedSheet.Lines(text, perLine));
    }

    private static int HeaderRowOf(string sheet, Language language) =>
        sheet == AnnexSample.SheetsIn(language)[0] ? ContentsSheet.HeaderRow : GridSheet.HeaderRow;
}
