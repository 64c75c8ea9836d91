namespace VolunteerDW.Tests.BlankReturn;

/// <summary>A template's sheets as ClosedXML and as openpyxl read them, with its wrapped cells measured.</summary>
public sealed record PrintedTemplate(
    IReadOnlyList<PrintedSheet> ClosedXml,
    IReadOnlyList<PrintedSheet> Openpyxl,
    IReadOnlyList<WrappedCell> Wrapped)
{
    public const string ClosedXmlReader = "ClosedXML";

    public const string OpenpyxlReader = "openpyxl";

    public static async Task<PrintedTemplate> ReadAsync(string path)
    {
        var (sheets, wrapped) = await PrintedSheet.ReadWithOpenpyxlAsync(path);
        return new PrintedTemplate(PrintedSheet.ReadWithClosedXml(path), sheets, wrapped);
    }

    /// <summary>The sheets an officer prints (the hidden code lists are not), as the reader sees them.</summary>
    public IReadOnlyList<PrintedSheet> VisibleSheets(string reader) =>
        [.. (reader == ClosedXmlReader ? ClosedXml : Openpyxl).Where(sheet => !sheet.Hidden)];
}
