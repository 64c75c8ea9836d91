using ClosedXML.Excel;
using VolunteerDW.Warehouse.Printing;

namespace VolunteerDW.Reports.Annex;

/// <summary>
/// Gives every annex row holding wrapped text the height of its tallest wrapped cell
/// (<see cref="PrintedSheet"/> says why heights are estimated): long titles, notes and texts
/// otherwise show one line and print over the rows below.
/// </summary>
internal static class RowHeights
{
    public static void Fit(IXLWorksheet sheet)
    {
        foreach (var row in sheet.RowsUsed())
        {
            var wrapped = row.CellsUsed().Where(cell => cell.Style.Alignment.WrapText).ToList();
            if (wrapped.Count > 0)
            {
                row.Height = wrapped.Max(HeightOf);
            }
        }
    }

    // A merged cell's text wraps across all its columns.
    private static double HeightOf(IXLCell cell)
    {
        var width = cell.IsMerged()
            ? cell.MergedRange().Columns().Sum(column => column.WorksheetColumn().Width)
            : cell.WorksheetColumn().Width;
        return PrintedSheet.RowHeight(cell.GetString(), width, cell.Style.Font.FontSize, cell.Style.Font.Bold);
    }
}
