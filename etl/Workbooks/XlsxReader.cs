using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using VolunteerDW.Etl.Validation;

namespace VolunteerDW.Etl.Workbooks;

/// <summary>
/// Reads the cell values of a workbook row by row (SAX), whichever program wrote it (Excel,
/// LibreOffice, other libraries): shared or inline strings, numbers, booleans, cached formula
/// results. A file that is not a workbook, is encrypted or would inflate beyond the limits is
/// rejected before anything is parsed.
/// </summary>
public static class XlsxReader
{
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static RawWorkbook Read(byte[] content, ArchiveLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        if (content.AsSpan().StartsWith(CompoundFileSignature))
        {
            // Encrypted OOXML (a password to open) is stored in an OLE compound file, as are old .xls files.
            throw Rejected(ProblemKind.Encrypted);
        }

        CheckInflatedSize(content, limits);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbookPart = document.WorkbookPart ?? throw Rejected(ProblemKind.NotAWorkbook);
            var strings = SharedStrings(workbookPart);
            var sheets = workbookPart.Workbook.Sheets?.Elements<Sheet>() ?? [];
            return new RawWorkbook([.. sheets
                .Where(sheet => sheet.Id?.Value is not null && workbookPart.GetPartById(sheet.Id.Value) is WorksheetPart)
                .Select(sheet => new RawSheet(sheet.Name?.Value ?? string.Empty,
                    ReadRows((WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!), strings)))]);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException
                                              or FileFormatException or InvalidOperationException or ArgumentException)
        {
            throw Rejected(ProblemKind.NotAWorkbook);
        }
    }

    private static void CheckInflatedSize(byte[] content, ArchiveLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > limits.MaxCompressionRatio)
                {
                    throw Rejected(ProblemKind.ArchiveRatio, entry.FullName, limits.MaxCompressionRatio.ToString(CultureInfo.InvariantCulture));
                }
            }

            if (total > limits.MaxUncompressedBytes)
            {
                throw Rejected(ProblemKind.ArchiveTooLarge, total.ToString(CultureInfo.InvariantCulture),
                    limits.MaxUncompressedBytes.ToString(CultureInfo.InvariantCulture));
            }
        }
        catch (InvalidDataException)
        {
            throw Rejected(ProblemKind.NotAWorkbook);
        }
    }

    private static List<string> SharedStrings(WorkbookPart workbookPart)
    {
        var strings = new List<string>();
        if (workbookPart.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(((SharedStringItem)reader.LoadCurrentElement()!).InnerText);
            }
        }

        return strings;
    }

    private static List<RawRow> ReadRows(WorksheetPart part, List<string> strings)
    {
        var rows = new List<RawRow>();
        using var reader = OpenXmlReader.Create(part);
        var nextRow = 1;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var number = (int?)row.RowIndex?.Value ?? nextRow;
            nextRow = number + 1;
            var cells = new Dictionary<int, RawCell>();
            var nextColumn = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : nextColumn;
                nextColumn = column + 1;
                if (Value(cell, strings, number, column) is { } value)
                {
                    cells[column] = value;
                }
            }

            if (cells.Count > 0)
            {
                rows.Add(new RawRow(number, cells));
            }
        }

        return rows;
    }

    private static RawCell? Value(Cell cell, List<string> strings, int row, int column)
    {
        var type = cell.DataType?.Value;
        var raw = cell.CellValue?.Text;
        if (type == CellValues.InlineString)
        {
            return new RawCell(row, column, cell.InlineString?.InnerText ?? string.Empty, null);
        }

        if (raw is null)
        {
            return null;
        }

        if (type == CellValues.SharedString)
        {
            var index = int.Parse(raw, CultureInfo.InvariantCulture);
            return new RawCell(row, column, index >= 0 && index < strings.Count ? strings[index] : string.Empty, null);
        }

        if (type == CellValues.String || type == CellValues.Error || type == CellValues.Date)
        {
            return new RawCell(row, column, raw, null);
        }

        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new RawCell(row, column, null, number)
            : new RawCell(row, column, raw, null);
    }

    /// <summary>The zero-based column of an A1 reference.</summary>
    public static int ColumnIndex(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (c - 'A' + 1);
        }

        return column - 1;
    }

    private static SubmissionRejectedException Rejected(ProblemKind kind, string? value = null, string? expected = null) =>
        new([new Problem(kind, Value: value, Expected: expected)]);
}
