using ClosedXML.Excel;
using VolunteerDW.Reports.Annex;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Annex;

/// <summary>The annex as written, read back with ClosedXML and as the XML Excel reads.</summary>
public sealed class AnnexWorkbookTests(AnnexFixture annex) : IClassFixture<AnnexFixture>
{
    [Theory]
    [InlineData(Language.Kk)]
    [InlineData(Language.Ru)]
    public void Sheets_come_in_order_contents_then_each_table_then_sources_named_in_the_annex_language(Language language)
    {
        using var workbook = annex.Open(language);

        Assert.Equal(AnnexSample.SheetsIn(language), workbook.Worksheets.OrderBy(s => s.Position).Select(s => s.Name));
        Assert.True(workbook.Worksheet(AnnexSample.SheetsIn(language)[0]).TabActive);
        Assert.Equal(AnnexSample.Info.Title.In(language), workbook.Properties.Title);
        Assert.Equal("VolunteerDW", workbook.Properties.Author);
    }

    [Theory]
    [InlineData(Language.Kk, "Жасалған уақыты", new[] { "Парақ", "Кесте", "Ескертпе" })]
    [InlineData(Language.Ru, "Сформирован", new[] { "Лист", "Таблица", "Примечание" })]
    public void The_contents_name_the_report_and_link_every_sheet(Language language, string generated, string[] headers)
    {
        using var workbook = annex.Open(language);
        var sheets = AnnexSample.SheetsIn(language);
        var sheet = workbook.Worksheet(sheets[0]);

        Assert.Equal(AnnexSample.Info.Title.In(language), sheet.Cell("A1").GetString());
        Assert.True(sheet.Cell("A1").Style.Font.Bold);
        Assert.Equal(AnnexSample.Info.Period.In(language), sheet.Cell("A2").GetString());
        Assert.Equal([generated, "2026-07-20 10:00 (UTC+5)"], [sheet.Cell("A3").GetString(), sheet.Cell("B3").GetString()]);
        Assert.Equal("2026-07-18 16:45 (UTC+5)", sheet.Cell("B4").GetString());
        Assert.Equal(headers, Row(sheet, ContentsSheet.HeaderRow, 3));

        string[] linked = sheets[1..];
        var entries = Enumerable.Range(ContentsSheet.HeaderRow + 1, linked.Length).Select(row => sheet.Row(row)).ToList();
        Assert.Equal(linked, entries.Select(row => row.Cell(1).GetString()));
        Assert.Equal(linked.Select(name => $"'{name}'!A1"), entries.Select(row => row.Cell(1).Hyperlink.InternalAddress));
        Assert.Equal(
            [.. AnnexSample.Tables.Select(t => t.Title.In(language)), SourcesGrid.Title.In(language)],
            entries.Select(row => row.Cell(2).GetString()));
        Assert.Equal(AnnexSample.Subjects.Note!.In(language), entries[0].Cell(3).GetString());
        Assert.True(entries[1].Cell(3).IsEmpty());

        var links = annex.SheetXml(language, sheets[0]).Descendants(AnnexFixture.Main + "hyperlink");
        Assert.Equal(linked.Select(name => $"'{name}'!A1"), links.Select(link => (string?)link.Attribute("location")));
    }

    [Theory]
    [InlineData(Language.Kk, new[] { "Өңір", "Белсенді еріктілер саны", "10 000 тұрғынға шаққанда", "Елдегі үлесі", "Алғашқы акция" })]
    [InlineData(Language.Ru, new[] { "Регион", "Число активных волонтёров", "На 10 000 жителей", "Доля в стране", "Первая акция" })]
    public void A_table_sheet_has_its_title_then_its_note_then_its_headers(Language language, string[] headers)
    {
        using var workbook = annex.Open(language);
        var sheet = workbook.Worksheet(AnnexSample.SheetsIn(language)[1]);

        Assert.Equal(AnnexSample.Subjects.Title.In(language), sheet.Cell("A1").GetString());
        Assert.True(sheet.Cell("A1").Style.Font.Bold);
        Assert.True(sheet.Cell("A1").Style.Font.FontSize > workbook.Style.Font.FontSize);
        Assert.Equal(AnnexSample.Subjects.Note!.In(language), sheet.Cell("A2").GetString());
        Assert.True(sheet.Cell("A2").Style.Font.Italic);
        Assert.True(sheet.Cell("A2").Style.Alignment.WrapText);
        Assert.True(sheet.Cell("A1").Style.Alignment.WrapText);
        Assert.Equal(["A1:E1", "A2:E2"], sheet.MergedRanges.Select(r => r.RangeAddress.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(headers, Row(sheet, GridSheet.HeaderRow, 5));
        Assert.All(sheet.Row(GridSheet.HeaderRow).Cells(1, 5), cell =>
        {
            Assert.True(cell.Style.Font.Bold);
            Assert.True(cell.Style.Alignment.WrapText);
            Assert.Equal(XLFillPatternValues.Solid, cell.Style.Fill.PatternType);
        });
        Assert.True(workbook.Worksheet(AnnexSample.SheetsIn(language)[2]).Row(GridSheet.NoteRow).IsEmpty());
    }

    [Fact]
    public void Numbers_are_numbers_dates_are_dates_and_a_missing_figure_is_an_empty_cell()
    {
        using var workbook = annex.Open(Language.Ru);
        var sheet = workbook.Worksheet("Волонтёры по регионам");

        Assert.Equal(["Абай облысы", "г. Алматы"], [sheet.Cell("A4").GetString(), sheet.Cell("A5").GetString()]);
        Assert.Equal([12_345d, 18.25, 0.153], At(sheet, "B4", "C4", "D4").Select(Number));
        Assert.Equal(XLDataType.DateTime, sheet.Cell("E4").DataType);
        Assert.Equal(new DateTime(2026, 1, 15), sheet.Cell("E4").GetDateTime());
        Assert.Equal([1_234_567d, 0, 1], At(sheet, "B6", "C6", "D6").Select(Number));
        Assert.All(sheet.Row(5).Cells(2, 5), cell => Assert.True(cell.IsEmpty()));

        // In the file itself, row 5 holds a value only for the region's name: no 0 stands in for a missing figure.
        var row5 = annex.SheetXml(Language.Ru, "Волонтёры по регионам").Descendants(AnnexFixture.Main + "row").Single(r => (string?)r.Attribute("r") == "5");
        Assert.Single(row5.Descendants(AnnexFixture.Main + "v"));
    }

    [Fact]
    public void Number_formats_follow_the_column_kind_and_figures_align_right()
    {
        using var workbook = annex.Open(Language.Kk);
        var sheet = workbook.Worksheet(AnnexSample.Kk.Subjects);

        Assert.All(Enumerable.Range(4, 3), row =>
        {
            Assert.Equal(["#,##0", "#,##0.0", "0.0%", "yyyy-mm-dd"], sheet.Row(row).Cells(2, 5).Select(c => c.Style.NumberFormat.Format));
            Assert.All(sheet.Row(row).Cells(2, 5), cell => Assert.Equal(XLAlignmentHorizontalValues.Right, cell.Style.Alignment.Horizontal));
            Assert.True(sheet.Cell(row, 1).Style.Alignment.WrapText);
        });
        var sources = workbook.Worksheet(AnnexSample.Kk.Sources);
        Assert.Equal(["#,##0", "yyyy-mm-dd hh:mm:ss", "yyyy-mm-dd hh:mm:ss"], At(sources, "D4", "H4", "I4").Select(c => c.Style.NumberFormat.Format));
    }

    [Theory]
    [InlineData(AnnexSample.Kk.Subjects, "A3:E6")]
    [InlineData(AnnexSample.Kk.Practices, "A3:C8")]
    [InlineData(AnnexSample.Kk.Quarters, "A3:B5")]
    [InlineData(AnnexSample.Kk.Sources, "A3:I5")]
    public void The_header_row_is_frozen_and_carries_the_autofilter(string name, string filtered)
    {
        using var workbook = annex.Open(Language.Kk);
        var sheet = workbook.Worksheet(name);

        Assert.Equal(GridSheet.HeaderRow, sheet.SheetView.SplitRow);
        Assert.Equal(0, sheet.SheetView.SplitColumn);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal(filtered, sheet.AutoFilter.Range.RangeAddress.ToString());

        var xml = annex.SheetXml(Language.Kk, name);
        var pane = Assert.Single(xml.Descendants(AnnexFixture.Main + "pane"));
        Assert.Equal("3", (string?)pane.Attribute("ySplit"));
        Assert.Equal("A4", (string?)pane.Attribute("topLeftCell"));
        // ClosedXML 0.95.4 always writes frozenSplit, which Excel and LibreOffice open frozen.
        Assert.StartsWith("frozen", (string?)pane.Attribute("state"), StringComparison.Ordinal);
        Assert.Equal(filtered, (string?)Assert.Single(xml.Descendants(AnnexFixture.Main + "autoFilter")).Attribute("ref"));
    }

    [Theory]
    [InlineData(Language.Kk)]
    [InlineData(Language.Ru)]
    public void Every_column_has_a_width_set_by_hand_within_bounds(Language language)
    {
        using var workbook = annex.Open(language);

        foreach (var sheet in workbook.Worksheets)
        {
            var used = sheet.LastColumnUsed().ColumnNumber();
            var columns = annex.SheetXml(language, sheet.Name).Descendants(AnnexFixture.Main + "col").ToList();
            Assert.Equal(used, columns.Where(c => (string?)c.Attribute("customWidth") == "1").Sum(c => (int)c.Attribute("max")! - (int)c.Attribute("min")! + 1));
            Assert.All(Enumerable.Range(1, used), c => Assert.InRange(sheet.Column(c).Width, ColumnWidths.Min, ColumnWidths.Max));
        }

        var sheets = AnnexSample.SheetsIn(language);
        var subjects = workbook.Worksheet(sheets[1]);
        Assert.True(subjects.Column(2).Width >= "1,234,567".Length + 1);
        Assert.True(subjects.Column(5).Width >= "2026-06-30".Length + 1);
        Assert.Equal(ColumnWidths.Max, workbook.Worksheet(sheets[2]).Column(3).Width);
    }

    [Theory]
    [InlineData(Language.Kk, "Абай облысы", "ӘАОЖ коды")]
    [InlineData(Language.Ru, "область Абай", "Код КАТО")]
    public void The_sources_sheet_lists_every_submission_the_report_was_computed_from(Language language, string unitName, string firstHeader)
    {
        using var workbook = annex.Open(language);
        var sheet = workbook.Worksheet(AnnexSample.SheetsIn(language)[^1]);

        Assert.Equal(SourcesGrid.Title.In(language), sheet.Cell("A1").GetString());
        Assert.Equal(firstHeader, sheet.Cell("A3").GetString());
        Assert.Equal(["101000000", unitName, "2026Q1", "1", "current", "101000000.xlsx", "100000000.zip"], Row(sheet, 4, 7));
        Assert.Equal(["153600000", "2026Q2", "2", "=1+1.xlsx", ""], At(sheet, "A5", "C5", "D5", "F5", "G5").Select(c => c.GetString()));
        Assert.Equal(XLDataType.Number, sheet.Cell("D5").DataType);
        Assert.Equal(new DateTime(2026, 4, 8, 9, 30, 15), sheet.Cell("H4").GetDateTime());
        Assert.Equal(new DateTime(2026, 7, 21, 4, 5, 59), sheet.Cell("I5").GetDateTime());
        Assert.True(sheet.Row(6).IsEmpty());
    }

    private static string[] Row(IXLWorksheet sheet, int row, int columns) => [.. sheet.Row(row).Cells(1, columns).Select(c => c.GetString())];

    private static IEnumerable<IXLCell> At(IXLWorksheet sheet, params string[] addresses) => addresses.Select(a => sheet.Cell(a));

    private static double Number(IXLCell cell)
    {
        Assert.Equal(XLDataType.Number, cell.DataType);
        return cell.GetDouble();
    }
}
