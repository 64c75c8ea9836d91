using ClosedXML.Excel;

namespace VolunteerDW.Reports.Annex;

/// <summary>Writes values into annex cells and styles the rows every annex sheet shares.</summary>
internal static class AnnexCells
{
    private const double TitleFontSize = 14;

    /// <summary>
    /// Writes a value of its format's type and returns it as shown, for sizing the column; null
    /// leaves the cell empty ("not reported") and shows as nothing.
    /// </summary>
    public static string Write(IXLCell cell, object? value, CellFormat format)
    {
        switch (value)
        {
            case null:
                return string.Empty;
            case string text:
                return WriteText(cell, text);
            case long count:
                cell.SetValue(count);
                break;
            case double number:
                cell.SetValue(number);
                break;
            case DateOnly date:
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                break;
            case DateTime time:
                cell.SetValue(time);
                break;
            default:
                throw new ArgumentException($"An annex cell cannot hold a {value.GetType().Name}.", nameof(value));
        }

        return format.Show(value);
    }

    /// <summary>
    /// Writes text as text, never as a formula, whatever it starts with (SetValue of a string
    /// stores a shared string, unlike setting FormulaA1); text a spreadsheet would take for a
    /// formula when retyped also gets a quote prefix, so that editing the cell keeps it text.
    /// </summary>
    public static string WriteText(IXLCell cell, string text)
    {
        var clean = AnnexText.Clean(text);
        cell.SetValue<string>(clean);
        if (AnnexText.LooksLikeFormula(clean))
        {
            cell.Style.IncludeQuotePrefix = true;
        }

        return clean;
    }

    /// <summary>A sheet's title: bold and larger; <see cref="Span"/> then wraps it across the table.</summary>
    public static void WriteTitle(IXLCell cell, string title)
    {
        WriteText(cell, title);
        cell.Style.Font.Bold = true;
        cell.Style.Font.FontSize = TitleFontSize;
    }

    /// <summary>
    /// Runs a row's first cell across the range, wrapped, so that a long title or note takes more
    /// lines within the table's width rather than one line printed past its last column.
    /// </summary>
    public static void Span(IXLRange row)
    {
        if (row.ColumnCount() > 1)
        {
            row.Merge();
        }

        row.Style.Alignment.WrapText = true;
        row.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }

    /// <summary>Rules a table's cells, so that its rows and columns read on paper as on screen.</summary>
    public static void Rule(IXLRange table)
    {
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
    }

    /// <summary>A header row: bold, wrapped, on a filled background.</summary>
    public static void StyleHeader(IXLRange header)
    {
        header.Style.Font.Bold = true;
        header.Style.Alignment.WrapText = true;
        header.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        header.Style.Fill.BackgroundColor = XLColor.LightGray;
    }
}
