using System.Globalization;
using ClosedXML.Excel;

namespace VolunteerDW.Reports.Annex;

/// <summary>A column of an annex grid: a key for messages, its header, and how its cells are stored and shown.</summary>
internal sealed record AnnexColumn(string Key, string Header, CellFormat Format);

/// <summary>What one sheet of data holds: a report table or the list of sources, in one language.</summary>
internal sealed record AnnexGrid(string Id, string Title, string? Note, IReadOnlyList<AnnexColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>
/// Lays a grid out on its sheet: the title in row 1, the note in row 2, the header in row 3 (frozen,
/// with an autofilter, repeated on every printed page), then one row per data row, formatted by
/// column and ruled; widths and heights set by hand, printing set up (<see cref="PrintLayout"/>).
/// </summary>
internal static class GridSheet
{
    public const int TitleRow = 1;

    public const int NoteRow = 2;

    public const int HeaderRow = 3;

    public static void Write(IXLWorksheet sheet, AnnexGrid grid)
    {
        var columns = grid.Columns;
        if (columns.Count == 0)
        {
            throw new ArgumentException($"Table '{grid.Id}' has no columns.", nameof(grid));
        }

        var widths = new ColumnWidths(columns.Count);
        AnnexCells.WriteTitle(sheet.Cell(TitleRow, 1), grid.Title);
        for (var column = 0; column < columns.Count; column++)
        {
            widths.AddHeader(column, AnnexCells.WriteText(sheet.Cell(HeaderRow, column + 1), columns[column].Header));
        }

        for (var row = 0; row < grid.Rows.Count; row++)
        {
            var cells = grid.Rows[row];
            if (cells.Count != columns.Count)
            {
                throw new ArgumentException($"Table '{grid.Id}', row {row + 1}: {cells.Count} cells for {columns.Count} columns.", nameof(grid));
            }

            for (var column = 0; column < columns.Count; column++)
            {
                Check(grid, row, column, cells[column]);
                widths.Add(column, AnnexCells.Write(sheet.Cell(HeaderRow + row + 1, column + 1), cells[column], columns[column].Format));
            }
        }

        var lastRow = HeaderRow + grid.Rows.Count;
        AnnexCells.StyleHeader(sheet.Range(HeaderRow, 1, HeaderRow, columns.Count));
        if (grid.Rows.Count > 0)
        {
            FormatData(sheet, columns, lastRow);
        }

        widths.Apply(sheet);
        AnnexCells.Span(sheet.Range(TitleRow, 1, TitleRow, columns.Count));
        if (grid.Note is { } note)
        {
            WriteNote(sheet.Range(NoteRow, 1, NoteRow, columns.Count), note);
        }

        var table = sheet.Range(HeaderRow, 1, lastRow, columns.Count);
        AnnexCells.Rule(table);
        sheet.SheetView.FreezeRows(HeaderRow);
        table.SetAutoFilter();
        RowHeights.Fit(sheet);
        PrintLayout.Apply(sheet, columns.Count, HeaderRow);
    }

    private static void Check(AnnexGrid grid, int row, int column, object? value)
    {
        var expected = grid.Columns[column].Format.ValueType;
        var problem = value switch
        {
            null => null,
            // ClosedXML would store NaN as the text "NaN"; a figure that cannot be computed is null.
            double number when !double.IsFinite(number) => string.Create(CultureInfo.InvariantCulture, $"{number} is not a figure: write null for one that cannot be computed"),
            _ when value.GetType() != expected => $"a {value.GetType().Name} where a {expected.Name} belongs",
            _ => null,
        };
        if (problem is not null)
        {
            throw new ArgumentException($"Table '{grid.Id}', row {row + 1}, column '{grid.Columns[column].Key}': {problem}.", nameof(grid));
        }
    }

    // After the values: ClosedXML gives a date it is handed a date format of its own.
    private static void FormatData(IXLWorksheet sheet, IReadOnlyList<AnnexColumn> columns, int lastRow)
    {
        for (var column = 0; column < columns.Count; column++)
        {
            var style = sheet.Range(HeaderRow + 1, column + 1, lastRow, column + 1).Style;
            style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            if (columns[column].Format.Excel is { } numberFormat)
            {
                style.NumberFormat.Format = numberFormat;
                style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            }
            else
            {
                style.Alignment.WrapText = true;
            }
        }
    }

    private static void WriteNote(IXLRange row, string note)
    {
        AnnexCells.WriteText(row.FirstCell(), note);
        AnnexCells.Span(row);
        row.Style.Font.Italic = true;
    }
}
