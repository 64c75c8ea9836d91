using System.Globalization;
using ClosedXML.Excel;
using VolunteerDW.Reports.Tables;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Annex;

/// <summary>One line of the contents: a sheet, linked, with its title and note.</summary>
internal sealed record ContentsEntry(string SheetName, string Title, string? Note);

/// <summary>
/// The first sheet: the report's title and period, when it was generated and what state of the
/// warehouse it reflects, then a line per sheet with a link to it, ruled and printed as the tables are.
/// </summary>
internal static class ContentsSheet
{
    public const int HeaderRow = 6;

    // Kazakhstan has kept one time zone, UTC+5, since 1 March 2024, before any annex was
    // generated: a fixed offset is exact and needs no time-zone data on the server.
    private static readonly TimeSpan KazakhstanOffset = TimeSpan.FromHours(5);

    private static readonly Label GeneratedAt = new("Жасалған уақыты", "Сформирован", "Generated");
    private static readonly Label AsOf = new("Деректер жағдайы", "Данные по состоянию на", "Data as of");
    private static readonly Label[] Headers =
    [
        new("Парақ", "Лист", "Sheet"),
        new("Кесте", "Таблица", "Table"),
        new("Ескертпе", "Примечание", "Note"),
    ];

    public static void Write(IXLWorksheet sheet, ReportInfo info, IReadOnlyList<ContentsEntry> entries, Language language)
    {
        var widths = new ColumnWidths(Headers.Length);
        // The title and the period span the table, so they do not widen the first column.
        AnnexCells.WriteTitle(sheet.Cell(1, 1), info.Title.In(language));
        AnnexCells.WriteText(sheet.Cell(2, 1), info.Period.In(language));
        WriteFact(sheet.Row(3), widths, GeneratedAt.In(language), info.GeneratedAt);
        WriteFact(sheet.Row(4), widths, AsOf.In(language), info.AsOf);

        for (var column = 0; column < Headers.Length; column++)
        {
            widths.AddHeader(column, AnnexCells.WriteText(sheet.Cell(HeaderRow, column + 1), Headers[column].In(language)));
        }

        AnnexCells.StyleHeader(sheet.Range(HeaderRow, 1, HeaderRow, Headers.Length));
        for (var i = 0; i < entries.Count; i++)
        {
            var row = sheet.Row(HeaderRow + 1 + i);
            row.Cells(1, Headers.Length).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            var link = row.Cell(1);
            widths.Add(0, AnnexCells.WriteText(link, entries[i].SheetName));
            link.Hyperlink = new XLHyperlink($"'{entries[i].SheetName.Replace("'", "''", StringComparison.Ordinal)}'!A1");
            widths.Add(1, AnnexCells.WriteText(row.Cell(2), entries[i].Title));
            widths.Add(2, AnnexCells.Write(row.Cell(3), entries[i].Note, CellFormat.Text));
            row.Cells(2, Headers.Length).Style.Alignment.WrapText = true;
        }

        widths.Apply(sheet);
        AnnexCells.Span(sheet.Range(1, 1, 1, Headers.Length));
        AnnexCells.Span(sheet.Range(2, 1, 2, Headers.Length));
        AnnexCells.Rule(sheet.Range(HeaderRow, 1, HeaderRow + entries.Count, Headers.Length));
        RowHeights.Fit(sheet);
        PrintLayout.Apply(sheet, Headers.Length, HeaderRow);
    }

    // A time as Kazakhstan writes it, in either language: 2026-07-20 10:00 (UTC+5).
    private static string Show(DateTimeOffset time) =>
        time.ToOffset(KazakhstanOffset).ToString("yyyy-MM-dd HH:mm '(UTC+5)'", CultureInfo.InvariantCulture);

    // An unknown time leaves its cell empty, like every missing figure in the annex.
    private static void WriteFact(IXLRow row, ColumnWidths widths, string label, DateTimeOffset? time)
    {
        widths.Add(0, AnnexCells.WriteText(row.Cell(1), label));
        row.Cell(1).Style.Font.Bold = true;
        widths.Add(1, AnnexCells.Write(row.Cell(2), time is { } known ? Show(known) : null, CellFormat.Text));
    }
}
