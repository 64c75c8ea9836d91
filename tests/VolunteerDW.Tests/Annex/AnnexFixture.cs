using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;
using VolunteerDW.Reports.Annex;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Annex;

/// <summary>The sample annex written once in Kazakh and once in Russian, to be read back with ClosedXML and as XML.</summary>
public sealed class AnnexFixture : IDisposable
{
    public static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly string _folder = Directory.CreateTempSubdirectory("vdw-annex-").FullName;

    public AnnexFixture()
    {
        foreach (var language in new[] { Language.Kk, Language.Ru })
        {
            XlsxAnnexWriter.Write(PathOf(language), AnnexSample.Info, AnnexSample.Tables, AnnexSample.Sources, language);
        }
    }

    public string PathOf(Language language) => Path.Combine(_folder, $"annex_{language}.xlsx".ToLowerInvariant());

    /// <summary>The annex as ClosedXML reads it; the caller disposes it.</summary>
    public XLWorkbook Open(Language language) => new(PathOf(language));

    /// <summary>A sheet's XML part, found by its name through the workbook's relationships.</summary>
    public XDocument SheetXml(Language language, string sheetName)
    {
        using var zip = ZipFile.OpenRead(PathOf(language));
        var sheet = Xml(zip, "xl/workbook.xml").Descendants(Main + "sheet").Single(s => (string?)s.Attribute("name") == sheetName);
        var id = (string)sheet.Attribute(Relationships + "id")!;
        var target = (string)Xml(zip, "xl/_rels/workbook.xml.rels").Descendants(PackageRelationships + "Relationship")
            .Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!;
        return Xml(zip, target.StartsWith('/') ? target[1..] : $"xl/{target}");
    }

    /// <summary>Every worksheet part of the annex.</summary>
    public IReadOnlyList<XDocument> AllSheetXml(Language language)
    {
        using var zip = ZipFile.OpenRead(PathOf(language));
        return [.. zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).Select(e => Xml(zip, e.FullName))];
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static XDocument Xml(ZipArchive zip, string part)
    {
        using var stream = zip.GetEntry(part)!.Open();
        return XDocument.Load(stream);
    }
}
