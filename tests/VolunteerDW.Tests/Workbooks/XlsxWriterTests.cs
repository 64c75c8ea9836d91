using System.IO.Compression;
using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Reading;
using VolunteerDW.Etl.Workbooks;

namespace VolunteerDW.Tests.Workbooks;

public sealed class XlsxWriterTests
{
    private static readonly DateTimeOffset SavedAt = new(2025, 7, 3, 14, 26, 40, TimeSpan.FromHours(5));

    private static XlsxSheet[] Sheets() =>
    [
        new("first", [["code", 1, new DateOnly(2025, 6, 30)], ["«текст» — 2", null, 2.5]]),
        new("second", [["x"]]),
    ];

    [Fact]
    public void The_same_sheets_and_save_time_give_the_same_bytes()
    {
        var first = XlsxWriter.Write(Sheets(), SavedAt);
        var second = XlsxWriter.Write(Sheets(), SavedAt);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Every_part_is_stamped_with_the_save_time_and_the_workbook_reads_back()
    {
        var bytes = XlsxWriter.Write(Sheets(), SavedAt);

        using (var zip = new ZipArchive(new MemoryStream(bytes)))
        {
            Assert.NotEmpty(zip.Entries);
            Assert.All(zip.Entries, entry => Assert.Equal(SavedAt.DateTime, entry.LastWriteTime.DateTime));
        }

        var workbook = XlsxReader.Read(bytes, new ArchiveLimits());
        Assert.Equal(["first", "second"], workbook.Sheets.Select(s => s.Name));
        Assert.Equal("«текст» — 2", workbook.Sheet("first")!.Rows.ElementAt(1)[0]!.Text);
        Assert.Equal(2.5, workbook.Sheet("first")!.Rows.ElementAt(1)[2]!.Number);
    }
}
