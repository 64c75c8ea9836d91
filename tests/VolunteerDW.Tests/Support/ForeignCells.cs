using System.IO.Compression;
using System.Xml.Linq;

namespace VolunteerDW.Tests.Support;

/// <summary>
/// Puts into a workbook what other programs write and ours never does — a formula with or without
/// its result, a shared formula, a link to another workbook — as the XML they store.
/// </summary>
internal static class ForeignCells
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>
    /// Replaces cells of a sheet in a workbook file by their XML, each a <c>c</c> element as stored
    /// (<c>&lt;c r="D3"&gt;&lt;f&gt;C3*2&lt;/f&gt;&lt;v&gt;&lt;/v&gt;&lt;/c&gt;</c>); the cells must be in the sheet already.
    /// </summary>
    public static void Replace(string path, string sheet, params string[] cells) =>
        File.WriteAllBytes(path, Replace(File.ReadAllBytes(path), sheet, cells));

    /// <summary>The workbook with cells of a sheet replaced, as <see cref="Replace(string, string, string[])"/>.</summary>
    public static byte[] Replace(byte[] workbook, string sheet, params string[] cells) =>
        ZipEntries.Edit(workbook, zip => ZipEntries.Rewrite(zip, SheetEntry(zip, sheet), xml => Save(WithCells(Load(xml), cells))));

    /// <summary>
    /// Adds the parts Excel writes for a link to another workbook, which formulas then name as
    /// <c>[1]</c>: the link with the other file's sheet names, its path, and the workbook's list of links.
    /// </summary>
    public static void AddExternalLink(string path, string otherFile, params string[] sheetNames) =>
        File.WriteAllBytes(path, ZipEntries.Edit(File.ReadAllBytes(path), zip => AddExternalLink(zip, otherFile, sheetNames)));

    private static void AddExternalLink(ZipArchive zip, string otherFile, string[] sheetNames)
    {
        ZipEntries.Add(zip, "xl/externalLinks/externalLink1.xml", Save(new XDocument(
            new XElement(Main + "externalLink", new XAttribute(XNamespace.Xmlns + "r", Relationships),
                new XElement(Main + "externalBook", new XAttribute(Relationships + "id", "rId1"),
                    new XElement(Main + "sheetNames", sheetNames.Select(name => new XElement(Main + "sheetName", new XAttribute("val", name)))))))));
        ZipEntries.Add(zip, "xl/externalLinks/_rels/externalLink1.xml.rels", Save(new XDocument(
            new XElement(PackageRelationships + "Relationships",
                Relationship("rId1", "externalLinkPath", otherFile, new XAttribute("TargetMode", "External"))))));
        ZipEntries.Rewrite(zip, "[Content_Types].xml", xml => Save(Edited(Load(xml), types => types.Add(
            new XElement(ContentTypes + "Override", new XAttribute("PartName", "/xl/externalLinks/externalLink1.xml"),
                new XAttribute("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"))))));
        ZipEntries.Rewrite(zip, "xl/_rels/workbook.xml.rels", xml => Save(Edited(Load(xml), rels => rels.Add(
            Relationship("rIdLink1", "externalLink", "externalLinks/externalLink1.xml")))));
        ZipEntries.Rewrite(zip, "xl/workbook.xml", xml => Save(Edited(Load(xml), workbook => workbook.Element(Main + "sheets")!.AddAfterSelf(
            new XElement(Main + "externalReferences", new XElement(Main + "externalReference", new XAttribute(Relationships + "id", "rIdLink1")))))));
    }

    private static XElement Relationship(string id, string type, string target, params XAttribute[] more) =>
        new(PackageRelationships + "Relationship", new XAttribute("Id", id),
            new XAttribute("Type", $"{Relationships.NamespaceName}/{type}"), new XAttribute("Target", target), more);

    /// <summary>The archive entry of a sheet, by its name in the workbook.</summary>
    private static string SheetEntry(ZipArchive zip, string sheet)
    {
        var id = Read(zip, "xl/workbook.xml").Descendants(Main + "sheet").Single(s => (string?)s.Attribute("name") == sheet).Attribute(Relationships + "id")!.Value;
        var target = Read(zip, "xl/_rels/workbook.xml.rels").Root!.Elements().Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!.Value;
        return $"xl/{target}";
    }

    private static XDocument WithCells(XDocument sheet, string[] cells)
    {
        foreach (var xml in cells)
        {
            var cell = XElement.Parse($"<sheetData xmlns=\"{Main.NamespaceName}\">{xml}</sheetData>").Elements().Single();
            var reference = (string)cell.Attribute("r")!;
            var old = sheet.Descendants(Main + "c").SingleOrDefault(c => (string?)c.Attribute("r") == reference)
                ?? throw new ArgumentException($"The sheet has no cell {reference} to replace.", nameof(cells));
            old.ReplaceWith(cell);
        }

        return sheet;
    }

    private static XDocument Edited(XDocument document, Action<XElement> change)
    {
        change(document.Root!);
        return document;
    }

    private static XDocument Read(ZipArchive zip, string entry)
    {
        using var stream = zip.GetEntry(entry)!.Open();
        return XDocument.Load(stream);
    }

    private static XDocument Load(byte[] xml)
    {
        using var stream = new MemoryStream(xml);
        return XDocument.Load(stream);
    }

    private static byte[] Save(XDocument document)
    {
        using var stream = new MemoryStream();
        document.Save(stream, SaveOptions.DisableFormatting);
        return stream.ToArray();
    }
}
