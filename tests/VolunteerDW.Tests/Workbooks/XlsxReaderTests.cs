using VolunteerDW.Etl.Validation;
using VolunteerDW.Etl.Workbooks;
using VolunteerDW.Tests.Support;

namespace VolunteerDW.Tests.Workbooks;

public sealed class XlsxReaderTests
{
    private const int RowCount = 2000;

    private static byte[] Workbook() => XlsxWriter.Write(
        [new XlsxSheet("rows", [.. Enumerable.Range(1, RowCount).Select(i => (IReadOnlyList<object?>)[$"row {i}", i])])],
        new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.FromHours(5)));

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
}
