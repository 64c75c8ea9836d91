using ClosedXML.Excel;
using VolunteerDW.Reports.Annex;
using VolunteerDW.Reports.Tables;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Annex;

public sealed class SheetNamesTests
{
    [Theory]
    [InlineData("subjects_by_region", "subjects_by_region")]
    [InlineData("a[b]c:d*e?f/g\\h", "a_b_c_d_e_f_g_h")]
    [InlineData("'quoted'", "quoted")]
    [InlineData("  ", "table")]
    [InlineData("өңірлер_бойынша_белсенді_еріктілер_саны", "өңірлер_бойынша_белсенді_ерікті")]
    [InlineData("History", "History~2")]
    [InlineData("SOURCES", "SOURCES~2")]
    public void An_id_becomes_a_sheet_name_excel_accepts(string id, string expected)
    {
        var names = new SheetNames("contents", "sources");

        Assert.Equal(expected, names.Assign(id));
    }

    [Fact]
    public void Names_are_unique_regardless_of_case_and_stay_within_31_characters()
    {
        var names = new SheetNames();
        var id = new string('x', 40);

        string[] assigned = [names.Assign("Table"), names.Assign("table"), names.Assign(id), names.Assign(id), names.Assign(id)];

        Assert.Equal(["Table", "table~2", new string('x', 31), new string('x', 29) + "~2", new string('x', 29) + "~3"], assigned);
    }

    [Fact]
    public void The_contents_link_to_a_sheet_whose_name_had_to_change()
    {
        ReportTable[] tables =
        [
            Table("o'clock/by:hour"),
            Table("sources"),
        ];
        using var stream = new MemoryStream();

        XlsxAnnexWriter.Write(stream, AnnexSample.Info, tables, [], Language.En);

        using var workbook = new XLWorkbook(stream);
        Assert.Equal(["Contents", "o'clock_by_hour", "sources~2", "Sources"], workbook.Worksheets.OrderBy(s => s.Position).Select(s => s.Name));
        var contents = workbook.Worksheet("Contents");
        Assert.Equal("'o''clock_by_hour'!A1", contents.Cell(ContentsSheet.HeaderRow + 1, 1).Hyperlink.InternalAddress);
        Assert.Equal("'sources~2'!A1", contents.Cell(ContentsSheet.HeaderRow + 2, 1).Hyperlink.InternalAddress);
        Assert.True(workbook.Worksheet("Sources").Row(GridSheet.HeaderRow + 1).IsEmpty());
    }

    private static ReportTable Table(string id) =>
        new(id, new(id, id, id), [new("n", new("n", "n", "n"), ColumnKind.Count)], [[1L]]);
}
