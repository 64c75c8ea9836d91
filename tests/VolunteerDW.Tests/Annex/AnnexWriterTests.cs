using System.Runtime.InteropServices;
using ClosedXML.Excel;
using VolunteerDW.Reports.Annex;
using VolunteerDW.Reports.Tables;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Annex;

/// <summary>What the writer refuses, and what it never needs.</summary>
public sealed class AnnexWriterTests
{
    private static readonly ReportColumn[] Columns =
    [
        new("region", new("Өңір", "Регион", "Region"), ColumnKind.Text),
        new("volunteers", new("Еріктілер", "Волонтёры", "Volunteers"), ColumnKind.Count),
    ];

    public static TheoryData<object?[], string> BadRows => new()
    {
        { ["Абай облысы"], "1 cells for 2 columns" },
        { ["Абай облысы", 12], "column 'volunteers': a Int32 where a Int64 belongs" },
        { ["Абай облысы", 0.153], "column 'volunteers': a Double where a Int64 belongs" },
        { [42L, 12L], "column 'region': a Int64 where a String belongs" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public void A_cell_that_does_not_fit_its_column_is_refused_and_no_file_is_written(object?[] row, string message)
    {
        var path = Path.Combine(Path.GetTempPath(), $"vdw-annex-{Guid.NewGuid():N}.xlsx");
        var table = new ReportTable("bad", new("Кесте", "Таблица", "Table"), Columns, [["Алматы", 1L], row]);

        var error = Assert.Throws<ArgumentException>(() => XlsxAnnexWriter.Write(path, AnnexSample.Info, [table], [], Language.Kk));

        Assert.StartsWith("Table 'bad', row 2", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_figure_that_is_not_a_number_is_refused(double value)
    {
        var table = new ReportTable("rates", new("Кесте", "Таблица", "Table"), [new("rate", new("r", "r", "r"), ColumnKind.Rate)], [[value]]);

        var error = Assert.Throws<ArgumentException>(() => XlsxAnnexWriter.Write(Stream.Null, AnnexSample.Info, [table], [], Language.Ru));

        Assert.StartsWith("Table 'rates', row 1, column 'rate': ", error.Message, StringComparison.Ordinal);
        Assert.Contains("write null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_never_measures_text()
    {
        // ClosedXML measures text through System.Drawing's GDI+, which needs libgdiplus. Where it
        // is missing (Linux servers, this build machine) measuring throws, so an annex written and
        // read back here proves the writer never measured.
        if (!OperatingSystem.IsWindows() && !NativeLibrary.TryLoad("libgdiplus", out _) && !NativeLibrary.TryLoad("libgdiplus.so.0", out _))
        {
            Assert.ThrowsAny<Exception>(MeasureAColumn);
        }

        using var stream = new MemoryStream();
        XlsxAnnexWriter.Write(stream, AnnexSample.Info, AnnexSample.Tables, AnnexSample.Sources, Language.Kk);

        using var workbook = new XLWorkbook(stream);
        Assert.Equal(AnnexSample.SheetsIn(Language.Kk), workbook.Worksheets.Select(s => s.Name));
        Assert.Equal(AnnexSample.Script, workbook.Worksheet(AnnexSample.Kk.Practices).Cell("B4").GetString());
    }

    private static void MeasureAColumn()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("measured");
        sheet.Cell(1, 1).SetValue("Еріктілер");
        sheet.Column(1).AdjustToContents();
    }
}
