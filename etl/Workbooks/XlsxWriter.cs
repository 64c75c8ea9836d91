using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using System.Xml;

namespace VolunteerDW.Etl.Workbooks;

/// <summary>
/// Writes plain workbooks straight to the package's XML parts, row by row: fast enough for
/// thousands of sample returns, and byte-for-byte the same for the same content (fixed part ids
/// and entry times), so generated data is reproducible. Dates are spreadsheet dates shown
/// yyyy-mm-dd.
/// </summary>
public static class XlsxWriter
{
    private const int DateStyle = 1;
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The time stamped on the parts of a workbook written without one: fixed, to keep files reproducible.</summary>
    private static readonly DateTimeOffset DefaultSavedAt = new(2017, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, IEnumerable<XlsxSheet> sheets)
    {
        using var stream = File.Create(path);
        Write(stream, sheets);
    }

    /// <summary>
    /// A workbook as bytes, every part stamped with the time it was saved: the same sheets and time
    /// always give the same bytes.
    /// </summary>
    public static byte[] Write(IEnumerable<XlsxSheet> sheets, DateTimeOffset savedAt)
    {
        using var stream = new MemoryStream();
        Write(stream, sheets, savedAt);
        return stream.ToArray();
    }

    public static void Write(Stream stream, IEnumerable<XlsxSheet> sheets) => Write(stream, sheets, DefaultSavedAt);

    private static void Write(Stream stream, IEnumerable<XlsxSheet> sheets, DateTimeOffset savedAt)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var list = sheets.ToList();
        var names = list.Select(s => s.Name).ToList();
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        Text(zip, savedAt, "[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + string.Concat(names.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))
            + "</Types>");
        Text(zip, savedAt, "_rels/.rels",
            $"<Relationships xmlns=\"{PackageRelationships}\"><Relationship Id=\"rId1\" Type=\"{RelationshipNamespace}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Text(zip, savedAt, "xl/workbook.xml",
            $"<workbook xmlns=\"{MainNamespace}\" xmlns:r=\"{RelationshipNamespace}\"><sheets>"
            + string.Concat(names.Select((name, i) => $"<sheet name=\"{SecurityElement.Escape(name)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>"))
            + "</sheets></workbook>");
        Text(zip, savedAt, "xl/_rels/workbook.xml.rels",
            $"<Relationships xmlns=\"{PackageRelationships}\">"
            + string.Concat(names.Select((_, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"{RelationshipNamespace}/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>"))
            + $"<Relationship Id=\"rId{names.Count + 1}\" Type=\"{RelationshipNamespace}/styles\" Target=\"styles.xml\"/></Relationships>");
        Text(zip, savedAt, "xl/styles.xml",
            $"<styleSheet xmlns=\"{MainNamespace}\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
            + "<fonts count=\"1\"><font/></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf xfId=\"0\"/><xf numFmtId=\"164\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
        for (var i = 0; i < list.Count; i++)
        {
            var rows = list[i].Rows;
            Part(zip, savedAt, $"xl/worksheets/sheet{i + 1}.xml", xml => WriteRows(xml, rows));
        }
    }

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

    private static void Text(ZipArchive zip, DateTimeOffset savedAt, string name, string xml) => Part(zip, savedAt, name, writer => writer.WriteRaw(xml));

    private static void Part(ZipArchive zip, DateTimeOffset savedAt, string name, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = savedAt;
        using var stream = entry.Open();
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = Utf8 });
        xml.WriteStartDocument(standalone: true);
        write(xml);
    }

    private static void WriteRows(XmlWriter xml, IEnumerable<IReadOnlyList<object?>> rows)
    {
        xml.WriteStartElement("worksheet", MainNamespace);
        xml.WriteStartElement("sheetData", MainNamespace);
        uint rowIndex = 0;
        foreach (var row in rows)
        {
            rowIndex++;
            xml.WriteStartElement("row", MainNamespace);
            xml.WriteAttributeString("r", rowIndex.ToString(CultureInfo.InvariantCulture));
            for (var column = 0; column < row.Count; column++)
            {
                if (row[column] is { } value)
                {
                    WriteCell(xml, CellReference(column, rowIndex), value);
                }
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteCell(XmlWriter xml, string reference, object value)
    {
        xml.WriteStartElement("c", MainNamespace);
        xml.WriteAttributeString("r", reference);
        switch (value)
        {
            case string text:
                xml.WriteAttributeString("t", "inlineStr");
                xml.WriteStartElement("is", MainNamespace);
                xml.WriteStartElement("t", MainNamespace);
                xml.WriteAttributeString("xml", "space", null, "preserve");
                xml.WriteString(text);
                xml.WriteEndElement();
                xml.WriteEndElement();
                break;
            case DateOnly date:
                xml.WriteAttributeString("s", DateStyle.ToString(CultureInfo.InvariantCulture));
                xml.WriteElementString("v", MainNamespace, date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture));
                break;
            case bool flag:
                xml.WriteAttributeString("t", "b");
                xml.WriteElementString("v", MainNamespace, flag ? "1" : "0");
                break;
            case IFormattable number:
                xml.WriteElementString("v", MainNamespace, number.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                throw new ArgumentException($"Cannot write a {value.GetType().Name} to a cell.", nameof(value));
        }

        xml.WriteEndElement();
    }
}
