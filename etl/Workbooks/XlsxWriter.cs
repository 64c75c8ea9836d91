using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace VolunteerDW.Etl.Workbooks;

/// <summary>
/// Writes plain workbooks row by row (SAX), without building the sheets in memory: fast enough to
/// write thousands of sample returns. Dates are stored as spreadsheet dates shown yyyy-mm-dd.
/// </summary>
public static class XlsxWriter
{
    private const uint DateStyle = 1;

    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    public static void Write(string path, IEnumerable<XlsxSheet> sheets)
    {
        using var stream = File.Create(path);
        Write(stream, sheets);
    }

    public static void Write(Stream stream, IEnumerable<XlsxSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sheets);
        WritePackage(stream, sheets);
    }

    /// <summary>
    /// A workbook as bytes, every part of the package stamped with the time it was saved rather than
    /// the current time: the same sheets and time always give the same bytes.
    /// </summary>
    public static byte[] Write(IEnumerable<XlsxSheet> sheets, DateTimeOffset savedAt)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var stream = new MemoryStream();
        WritePackage(stream, sheets);
        var bytes = stream.ToArray();
        ZipEntryTimes.Set(bytes, savedAt);
        return bytes;
    }

    // Relationship ids are given, not left to the SDK, which draws them at random.
    private static void WritePackage(Stream stream, IEnumerable<XlsxSheet> sheets)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddNewPart<WorkbookPart>(WorkbookContentType, "rId1");
        workbookPart.Workbook = new Workbook();
        AddStyles(workbookPart);
        var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
        uint sheetId = 1;
        foreach (var sheet in sheets)
        {
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>($"rId{sheetId + 1}");
            WriteRows(worksheetPart, sheet.Rows);
            sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = sheetId++, Name = sheet.Name });
        }

        workbookPart.Workbook.Save();
    }

    private static void WriteRows(WorksheetPart part, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        uint rowIndex = 0;
        foreach (var row in rows)
        {
            rowIndex++;
            writer.WriteStartElement(new Row { RowIndex = rowIndex });
            for (var column = 0; column < row.Count; column++)
            {
                if (row[column] is { } value)
                {
                    writer.WriteElement(Cell(CellReference(column, rowIndex), value));
                }
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static Cell Cell(string reference, object value) => value switch
    {
        string text => new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
        },
        DateOnly date => new Cell(new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)))
        {
            CellReference = reference,
            StyleIndex = DateStyle,
        },
        bool flag => new Cell(new CellValue(flag ? "1" : "0")) { CellReference = reference, DataType = CellValues.Boolean },
        IFormattable number => new Cell(new CellValue(number.ToString(null, CultureInfo.InvariantCulture))) { CellReference = reference },
        _ => throw new ArgumentException($"Cannot write a {value.GetType().Name} to a cell.", nameof(value)),
    };

    /// <summary>The A1 reference of a zero-based column and one-based row.</summary>
    public static string CellReference(int column, uint row) => $"{ColumnName(column)}{row}";

    /// <summary>The letters of a zero-based column: 0 is A, 26 is AA.</summary>
    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name;
    }

    private static void AddStyles(WorkbookPart workbookPart)
    {
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
            new Fonts(new Font()) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 2 });
        styles.Stylesheet.Save();
    }
}
