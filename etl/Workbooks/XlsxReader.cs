using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
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
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or XmlException
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
        if (workbookPart.SharedStringTablePart is { } part)
        {
            using var xml = Xml(part);
            var text = new TextCollector();
            while (xml.Read())
            {
                if (text.Observe(xml) && xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "si")
                {
                    strings.Add(text.Take());
                }
            }
        }

        return strings;
    }

    // Reads rows straight from the sheet's XML in one forward pass, far cheaper than materialising
    // each row as objects.
    private static List<RawRow> ReadRows(WorksheetPart part, List<string> strings)
    {
        var rows = new List<RawRow>();
        using var xml = Xml(part);
        var cells = new Dictionary<int, RawCell>();
        var text = new TextCollector();
        var value = new StringBuilder();
        var (row, nextRow, column, nextColumn, inValue) = (0, 1, 0, 0, false);
        string? type = null;
        while (xml.Read())
        {
            text.Observe(xml);
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.LocalName == "row":
                    row = xml.GetAttribute("r") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : nextRow;
                    (nextRow, nextColumn) = (row + 1, 0);
                    cells = [];
                    if (xml.IsEmptyElement)
                    {
                        continue;
                    }

                    break;
                case XmlNodeType.Element when xml.LocalName == "c":
                    column = xml.GetAttribute("r") is { } reference ? ColumnIndex(reference) : nextColumn;
                    nextColumn = column + 1;
                    type = xml.GetAttribute("t");
                    value.Clear();
                    text.Take();
                    break;
                case XmlNodeType.Element when xml.LocalName == "v":
                    inValue = !xml.IsEmptyElement;
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA when inValue:
                    value.Append(xml.Value);
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "v":
                    inValue = false;
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "c":
                    if (Value(type, value.Length > 0 ? value.ToString() : null, text.Take(), strings, row, column) is { } cell)
                    {
                        cells[column] = cell;
                    }

                    break;
                case XmlNodeType.EndElement when xml.LocalName == "row" && cells.Count > 0:
                    rows.Add(new RawRow(row, cells));
                    break;
            }
        }

        return rows;
    }

    private static XmlReader Xml(OpenXmlPart part) => XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read),
        new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = true });

    /// <summary>Collects the text of string runs (<c>t</c> elements), leaving out phonetic hints (<c>rPh</c>).</summary>
    private sealed class TextCollector
    {
        private readonly StringBuilder _text = new();
        private bool _inText;
        private int _phonetic;

        /// <summary>Takes note of the reader's current node; always true, for use in conditions.</summary>
        public bool Observe(XmlReader xml)
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.LocalName == "rPh" && !xml.IsEmptyElement:
                    _phonetic++;
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "rPh":
                    _phonetic--;
                    break;
                case XmlNodeType.Element when xml.LocalName == "t":
                    _inText = !xml.IsEmptyElement && _phonetic == 0;
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "t":
                    _inText = false;
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA when _inText:
                    _text.Append(xml.Value);
                    break;
            }

            return true;
        }

        public string Take()
        {
            var text = _text.ToString();
            _text.Clear();
            return text;
        }
    }

    private static RawCell? Value(string? type, string? raw, string inline, List<string> strings, int row, int column)
    {
        if (type == "inlineStr")
        {
            return new RawCell(row, column, inline, null);
        }

        if (raw is null)
        {
            return null;
        }

        switch (type)
        {
            case "s":
                var index = int.Parse(raw, CultureInfo.InvariantCulture);
                return new RawCell(row, column, index >= 0 && index < strings.Count ? strings[index] : string.Empty, null);
            case "str" or "e" or "d":
                return new RawCell(row, column, raw, null);
            default:
                return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? new RawCell(row, column, null, number)
                    : new RawCell(row, column, raw, null);
        }
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
