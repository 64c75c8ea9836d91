using VolunteerDW.Etl.Format;

namespace VolunteerDW.Tests.BlankReturn;

/// <summary>
/// The template prints readably on A4, as two programs read the file (ClosedXML and openpyxl):
/// text at least 8 points on paper, headings in rows tall enough for them, the input cells ruled.
/// The expectations are worked out here from the paper's size and the file's own widths and fonts.
/// </summary>
public sealed class TemplatePrintTests(TemplateFixture templates) : IClassFixture<TemplateFixture>
{
    // openpyxl's and the file's code for A4 paper.
    private const int A4 = 9;

    private const double MinimumPrintedFontSize = 8;

    private const double PointsPerInch = 72;

    // A line of text needs at least 1.25 times its font size (Calibri's own line spacing is 1.22).
    private const double LineSpacing = 1.25;

    // A sheet of free rows offers at least this many ruled rows to fill.
    private const int RuledBlankRows = 10;

    private static readonly string[] DataSheets = [.. SubmissionLayout.DataSheets.Select(sheet => sheet.Name)];

    // The sheets too wide for a portrait page; the others print portrait.
    private static readonly string[] Wide = [SubmissionLayout.Programmes.Name, SubmissionLayout.Practices.Name];

    public static TheoryData<string, string> UnitsAndReaders => new()
    {
        { TemplateFixture.District, PrintedTemplate.ClosedXmlReader },
        { TemplateFixture.District, PrintedTemplate.OpenpyxlReader },
        { TemplateFixture.Region, PrintedTemplate.ClosedXmlReader },
        { TemplateFixture.Region, PrintedTemplate.OpenpyxlReader },
    };

    [Theory]
    [MemberData(nameof(UnitsAndReaders))]
    public async Task Every_sheet_prints_on_A4_with_margins_and_a_footer_with_the_unit_quarter_and_page_number(string kato, string reader)
    {
        var sheets = (await templates.PrintedAsync(kato)).VisibleSheets(reader);

        Assert.Equal(["instructions", "submission", .. DataSheets.Where(name => kato == TemplateFixture.Region || name != "consolidated")], sheets.Select(sheet => sheet.Name));
        Assert.All(sheets, sheet =>
        {
            Assert.Equal(A4, sheet.PaperSize);
            Assert.InRange(sheet.LeftMargin, 0.25, 1);
            Assert.InRange(sheet.RightMargin, 0.25, 1);
            Assert.Contains("&P", sheet.Footer, StringComparison.Ordinal);
            Assert.Contains("&N", sheet.Footer, StringComparison.Ordinal);
            Assert.Contains(kato, sheet.Footer, StringComparison.Ordinal);
            Assert.Contains(TemplateFixture.Quarter, sheet.Footer, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(UnitsAndReaders))]
    public async Task Wide_data_sheets_print_landscape_and_every_data_sheet_repeats_its_heading_rows_on_each_page(string kato, string reader)
    {
        var sheets = (await templates.PrintedAsync(kato)).VisibleSheets(reader);

        Assert.All(sheets, sheet => Assert.True(sheet.Landscape == Wide.Contains(sheet.Name), $"{sheet.Name}: landscape {sheet.Landscape}"));
        Assert.All(sheets.Where(sheet => DataSheets.Contains(sheet.Name)), sheet => Assert.Equal($"1:{SubmissionLayout.FirstDataRow - 1}", sheet.TitleRows));
    }

    [Theory]
    [MemberData(nameof(UnitsAndReaders))]
    public async Task The_smallest_text_of_every_sheet_prints_at_8_points_or_more(string kato, string reader)
    {
        var sheets = (await templates.PrintedAsync(kato)).VisibleSheets(reader);

        Assert.All(sheets, sheet =>
        {
            var printed = sheet.SmallestFont * PrintedScale(sheet);
            Assert.True(printed >= MinimumPrintedFontSize, $"{sheet.Name}: {sheet.SmallestFont} pt prints at {printed:0.0} pt");
        });
    }

    [Theory]
    [MemberData(nameof(UnitsAndReaders))]
    public async Task Rows_of_wrapped_text_are_tall_enough_for_every_line_of_it(string kato, string reader)
    {
        var template = await templates.PrintedAsync(kato);
        var sheets = template.VisibleSheets(reader).ToDictionary(sheet => sheet.Name);

        Assert.All(template.Wrapped.Where(cell => sheets.ContainsKey(cell.Sheet)), cell =>
        {
            var height = sheets[cell.Sheet].RowHeights[cell.Row];
            var needed = cell.Lines * cell.FontSize * LineSpacing;
            Assert.True(height >= needed, $"{cell.Sheet}!{cell.Cell}: {cell.Lines} lines need {needed:0} pt, the row is {height} pt");
        });
        // The checks above cover every heading and every line of the instructions.
        var raw = templates.Read(kato);
        foreach (var name in DataSheets.Where(sheets.ContainsKey))
        {
            var headingRow = SubmissionLayout.FirstDataRow - 1;
            var headings = raw.Sheet(name)!.Rows.Single(row => row.Number == headingRow).Cells.Keys.Select(column => Address(column, headingRow));
            Assert.Subset(Wrapped(template, name), headings.ToHashSet());
        }

        Assert.Equal(raw.Sheet("instructions")!.Rows.Select(row => Address(0, row.Number)).ToHashSet(), Wrapped(template, "instructions"));
    }

    [Theory]
    [MemberData(nameof(UnitsAndReaders))]
    public async Task Headings_and_input_cells_are_ruled_so_that_they_show_on_paper(string kato, string reader)
    {
        var sheets = (await templates.PrintedAsync(kato)).VisibleSheets(reader).ToDictionary(sheet => sheet.Name);
        var raw = templates.Read(kato);

        var submission = sheets["submission"];
        Assert.NotEmpty(submission.UnlockedBlanks);
        Assert.Subset(submission.Ruled.ToHashSet(), submission.UnlockedBlanks.ToHashSet());
        foreach (var spec in SubmissionLayout.DataSheets.Where(spec => sheets.ContainsKey(spec.Name)))
        {
            var lastFilled = raw.Sheet(spec.Name)!.Rows.Max(row => row.Number);
            var lastRuled = Math.Max(lastFilled, SubmissionLayout.FirstDataRow + RuledBlankRows - 1);
            var expected = Enumerable.Range(SubmissionLayout.FirstDataRow - 1, lastRuled - SubmissionLayout.FirstDataRow + 2)
                .SelectMany(row => Enumerable.Range(0, spec.Fields.Count).Select(column => Address(column, row)));
            Assert.Subset(sheets[spec.Name].Ruled.ToHashSet(), expected.ToHashSet());
        }
    }

    // The share of full size the sheet prints at: its scale, or, fitted one page wide, the printable
    // width of A4 between the margins over the width of its columns (never enlarged).
    private static double PrintedScale(PrintedSheet sheet)
    {
        if (!sheet.FitToPage)
        {
            return sheet.Scale / 100.0;
        }

        Assert.Equal(1, sheet.PagesWide);
        var paperWidth = (sheet.Landscape ? 297 : 210) / 25.4 * PointsPerInch;
        var printable = paperWidth - ((sheet.LeftMargin + sheet.RightMargin) * PointsPerInch);
        // A stored column width counts digits of 7 pixels; a pixel is 3/4 point.
        var columns = sheet.ColumnWidths.Sum(width => Math.Round(width * 7) * 0.75);
        return Math.Min(1, printable / columns);
    }

    // The A1 address of a cell by its column from 0 (the product reader's numbering) and its row.
    private static string Address(int column, int row) => $"{(char)('A' + column)}{row}";

    private static HashSet<string> Wrapped(PrintedTemplate template, string sheet) =>
        [.. template.Wrapped.Where(cell => cell.Sheet == sheet).Select(cell => cell.Cell)];
}
