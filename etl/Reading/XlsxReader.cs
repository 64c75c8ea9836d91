using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Problems;

namespace VolunteerDW.Etl.Reading;

/// <summary>
/// Reads the cell values of a workbook row by row (SAX), whichever program wrote it (Excel,
/// LibreOffice, other libraries): shared or inline strings, numbers, cached formula results — and
/// marks what a cell holds in place of a value (<see cref="CellHolds"/>), for the parser to refuse
/// rather than read as a blank or a number. A file that is not a workbook, is encrypted, is an Excel
/// 97–2003 or macro-enabled workbook, or would inflate beyond the limits is rejected when it is
/// opened; each sheet's rows are then read one at a time as they are
/// enumerated, never held whole.
/// </summary>
public static class XlsxReader
{
    public static RawWorkbook Read(byte[] content, ArchiveLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        if (content.AsSpan().StartsWith(CompoundFile.Signature))
        {
            throw Rejected(CompoundFileProblem(content));
        }

        var entries = CheckInflatedSize(content, limits);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            if (document.DocumentType is not (SpreadsheetDocumentType.Workbook or SpreadsheetDocumentType.Template))
            {
                // A macro-enabled workbook renamed .xlsx: refused as it would be by its own name.
                throw Rejected(ProblemKind.MacroEnabledWorkbook);
            }

            var workbookPart = document.WorkbookPart ?? throw NotAWorkbook();
            var strings = SharedStrings(workbookPart);
            var sheets = workbookPart.Workbook.Sheets?.Elements<Sheet>() ?? [];
            return new RawWorkbook([.. sheets
                .Where(sheet => sheet.Id?.Value is not null && workbookPart.GetPartById(sheet.Id.Value) is WorksheetPart)
                .Select(sheet => new RawSheet(sheet.Name?.Value ?? string.Empty,
                    new WorksheetRows(content, EntryOf(workbookPart.GetPartById(sheet.Id!.Value!), entries), strings)))]);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or XmlException
                                              or FileFormatException or InvalidOperationException or ArgumentException)
        {
            throw NotAWorkbook();
        }
    }

    // Encrypted OOXML (a password to open) is kept in an OLE compound file, as are Excel 97–2003
    // workbooks, whatever the file is named: what its root storage holds tells which.
    private static ProblemKind CompoundFileProblem(byte[] content) => CompoundFile.RootNames(content) switch
    {
        { } names when Holds(names, "EncryptionInfo") && Holds(names, "EncryptedPackage") => ProblemKind.Encrypted,
        { } names when Holds(names, "Workbook") || Holds(names, "Book") => ProblemKind.OldExcelFormat,
        _ => ProblemKind.NotAWorkbook,
    };

    // Names in a compound file compare without regard to case.
    private static bool Holds(IReadOnlyList<string> names, string name) => names.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Checks the archive's inflated size and ratios, and returns the names of its entries.</summary>
    private static List<string> CheckInflatedSize(byte[] content, ArchiveLimits limits)
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

            return [.. zip.Entries.Select(e => e.FullName)];
        }
        catch (InvalidDataException)
        {
            throw NotAWorkbook();
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

    private static XmlReader Xml(OpenXmlPart part) => Xml(part.GetStream(FileMode.Open, FileAccess.Read));

    internal static XmlReader Xml(Stream stream) =>
        XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = true });

    // Part names are URIs and compare without regard to case; archive entry names are neither.
    private static string EntryOf(OpenXmlPart part, List<string> entries) =>
        entries.Find(e => string.Equals(e, Uri.UnescapeDataString(part.Uri.OriginalString.TrimStart('/')), StringComparison.OrdinalIgnoreCase))
        ?? throw NotAWorkbook();

    internal static SubmissionRejectedException NotAWorkbook() => Rejected(ProblemKind.NotAWorkbook);

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
