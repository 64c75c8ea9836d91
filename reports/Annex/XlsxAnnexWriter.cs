using ClosedXML.Excel;
using VolunteerDW.Reports.Tables;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Annex;

/// <summary>
/// Writes a report's Excel annex, in which every number of the report can be traced: a
/// contents sheet, a sheet per table and a sources sheet listing the submissions the figures come
/// from, all named in the annex's language (<see cref="AnnexSheets"/>). Text from submissions is stored as text, never as a formula.
/// Every sheet prints on A4, one page wide (<see cref="PrintLayout"/>). Nothing here measures text:
/// ClosedXML does that through System.Drawing, which needs a native library Linux servers lack, so
/// column widths and the heights of wrapped rows are estimated from the text instead.
/// </summary>
public static class XlsxAnnexWriter
{
    /// <summary>The workbook's author.</summary>
    public const string Author = "VolunteerDW";

    /// <summary>Writes the annex to a file, which is touched only once the whole workbook is built.</summary>
    public static void Write(string path, ReportInfo info, IReadOnlyList<ReportTable> tables, IReadOnlyList<ReportSource> sources, Language language)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var workbook = Create(info, tables, sources, language);
        workbook.SaveAs(path);
    }

    /// <summary>Writes the annex to a stream.</summary>
    public static void Write(Stream stream, ReportInfo info, IReadOnlyList<ReportTable> tables, IReadOnlyList<ReportSource> sources, Language language)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var workbook = Create(info, tables, sources, language);
        workbook.SaveAs(stream);
    }

    private static XLWorkbook Create(ReportInfo info, IReadOnlyList<ReportTable> tables, IReadOnlyList<ReportSource> sources, Language language)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(sources);
        var sheets = AnnexSheets.For(tables, language);
        var grids = tables.Select((table, i) => (Name: sheets.Tables[i], Grid: GridOf(table, language))).ToList();
        grids.Add((sheets.Sources, SourcesGrid.Of(sources, language)));

        var workbook = new XLWorkbook();
        try
        {
            workbook.Properties.Title = AnnexText.Clean(info.Title.In(language));
            workbook.Properties.Subject = AnnexText.Clean(info.Period.In(language));
            workbook.Properties.Author = Author;
            var contents = workbook.AddWorksheet(sheets.Contents);
            ContentsSheet.Write(contents, info, [.. grids.Select(g => new ContentsEntry(g.Name, g.Grid.Title, g.Grid.Note))], language);
            foreach (var (name, grid) in grids)
            {
                GridSheet.Write(workbook.AddWorksheet(name), grid);
            }

            contents.SetTabActive();
            return workbook;
        }
        catch
        {
            workbook.Dispose();
            throw;
        }
    }

    private static AnnexGrid GridOf(ReportTable table, Language language)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new(
            table.Id,
            table.Title.In(language),
            table.Note?.In(language),
            [.. table.Columns.Select(column => new AnnexColumn(column.Key, column.Header.In(language), CellFormat.Of(column.Kind)))],
            table.Rows);
    }
}
