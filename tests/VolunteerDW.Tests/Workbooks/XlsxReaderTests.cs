using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Problems;
using VolunteerDW.Etl.Reading;
using VolunteerDW.Etl.Workbooks;
using VolunteerDW.Tests.Support;

namespace VolunteerDW.Tests.Workbooks;

public sealed class XlsxReaderTests
{
    private const int RowCount = 2000;

    private static readonly DateTimeOffset SavedAt = new(2026, 7, 1, 9, 0, 0, TimeSpan.FromHours(5));

    private static byte[] Workbook() => XlsxWriter.Write(
        [new XlsxSheet("rows", [.. Enumerable.Range(1, RowCount).Select(i => (IReadOnlyList<object?>)[$"row {i}", i])])], SavedAt);

    [Fact]
    public void Rows_are_read_as_they_are_enumerated_so_damage_late_in_a_sheet_surfaces_after_the_rows_before_it()
    {
        var workbook = XlsxReader.Read(WorkbookDamage.LargestSheetCutShort(Workbook()), new ArchiveLimits());
        var read = new List<RawRow>();

        var rejected = Assert.Throws<SubmissionRejectedException>(() =>
        {
            foreach (var row in workbook.Sheet("rows")!.Rows)
            {
                read.Add(row);
            }
        });

        Assert.Equal(ProblemKind.NotAWorkbook, Assert.Single(rejected.Problems).Kind);
        Assert.InRange(read.Count, RowCount / 4, RowCount - 1);
        Assert.Equal(Enumerable.Range(1, read.Count), read.Select(r => r.Number));
        Assert.Equal($"row {read.Count}", read[^1][0]!.Text);
    }

    [Fact]
    public void A_sheet_can_be_read_again_and_gives_the_same_rows()
    {
        var rows = XlsxReader.Read(Workbook(), new ArchiveLimits()).Sheet("rows")!.Rows;

        var first = rows.Select(r => (r.Number, r[0]!.Text, r[1]!.Number)).ToList();
        var second = rows.Select(r => (r.Number, r[0]!.Text, r[1]!.Number)).ToList();

        Assert.Equal(RowCount, first.Count);
        Assert.Equal((RowCount, $"row {RowCount}", (double?)RowCount), first[^1]);
        Assert.Equal(first, second);
    }

    public static TheoryData<string, CellHolds, string?, double?> StoredCells() => new()
    {
        { """<c r="B1"><f>SUM(D3:E3)</f><v></v></c>""", CellHolds.FormulaNotCalculated, "=SUM(D3:E3)", null },
        { """<c r="B1"><f>SUM(D3:E3)</f><v/></c>""", CellHolds.FormulaNotCalculated, "=SUM(D3:E3)", null },
        { """<c r="B1"><f>SUM(D3:E3)</f></c>""", CellHolds.FormulaNotCalculated, "=SUM(D3:E3)", null },
        { """<c r="B1" t="str"><f>A1&amp;"x"</f></c>""", CellHolds.FormulaNotCalculated, "=A1&\"x\"", null },
        { """<c r="B1"><f t="shared" si="3"/></c>""", CellHolds.FormulaNotCalculated, null, null },
        { """<c r="B1"><f>SUM(D3:E3)</f><v>7</v></c>""", CellHolds.Value, null, 7 },
        { """<c r="B1" t="b"><v>1</v></c>""", CellHolds.Logical, "TRUE", null },
        { """<c r="B1" t="b"><v>0</v></c>""", CellHolds.Logical, "FALSE", null },
        { """<c r="B1" t="b"><f>A1&gt;0</f><v>1</v></c>""", CellHolds.Logical, "TRUE", null },
        { """<c r="B1"><f t="shared" si="3"/><v>8</v></c>""", CellHolds.Value, null, 8 },
        { """<c r="B1" t="str"><f>IF(A1&gt;0,"",A1)</f><v>x</v></c>""", CellHolds.Value, "x", null },
    };

    [Theory]
    [MemberData(nameof(StoredCells))]
    public void A_cell_is_read_as_what_it_holds_as_stored(string xml, CellHolds holds, string? text, double? number)
    {
        var cell = WithB1(xml)[1]!;

        Assert.Equal((holds, text, number), (cell.Holds, cell.Text, cell.Number));
        Assert.False(cell.IsBlank);
    }

    [Fact]
    public void A_formula_whose_result_is_the_empty_string_is_a_blank_cell()
    {
        var row = WithB1("""<c r="B1" t="str"><f>IF(A1&gt;0,"",A1)</f><v></v></c>""");

        Assert.True(row[1] is null or { IsBlank: true });
    }

    /// <summary>The one row of a sheet whose cell B1 is stored as the XML given, as read back.</summary>
    private static RawRow WithB1(string xml) =>
        XlsxReader.Read(ForeignCells.Replace(XlsxWriter.Write([new XlsxSheet("s", [[1, 2]])], SavedAt), "s", xml), new ArchiveLimits())
            .Sheet("s")!.Rows.Single();
}
