using ClosedXML.Excel;
using VolunteerDW.Warehouse.Printing;

namespace VolunteerDW.Etl.BlankReturn;

/// <summary>
/// Row heights for a template's wrapped headings, labels and instructions (<see cref="PrintedSheet"/>
/// says why they are estimated): a row left at its default height shows, and prints, one line.
/// </summary>
internal static class RowHeights
{
    /// <summary>Makes the row tall enough for the text of every cell in it, at its column's width and its own font.</summary>
    public static void Fit(IXLRow row)
    {
        var height = row.CellsUsed().Select(Height).DefaultIfEmpty(0).Max();
        if (height > 0)
        {
            row.Height = height;
        }
    }

    private static double Height(IXLCell cell)
    {
        var font = cell.Style.Font;
        return cell.Style.Alignment.WrapText
            ? PrintedSheet.RowHeight(cell.GetString(), cell.WorksheetColumn().Width, font.FontSize, font.Bold)
            : font.FontSize * PrintedSheet.LineSpacing;
    }
}
