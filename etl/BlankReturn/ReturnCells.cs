using ClosedXML.Excel;

namespace VolunteerDW.Etl.BlankReturn;

/// <summary>Writing values into the template's cells and ruling the cells an officer fills.</summary>
internal static class ReturnCells
{
    /// <summary>Writes rows of values from row 1: strings as text (never parsed), whole numbers, blanks.</summary>
    public static void WriteRows(IXLWorksheet sheet, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var rowNumber = 1;
        foreach (var row in rows)
        {
            for (var column = 0; column < row.Count; column++)
            {
                var cell = sheet.Cell(rowNumber, column + 1);
                switch (row[column])
                {
                    case null:
                        break;
                    case string text:
                        cell.SetValue(text);
                        break;
                    case int number:
                        cell.SetValue(number);
                        break;
                    case long number:
                        cell.SetValue(number);
                        break;
                    case var other:
                        throw new ArgumentException($"A template cell cannot hold a {other.GetType().Name}.", nameof(rows));
                }
            }

            rowNumber++;
        }
    }

    /// <summary>
    /// Draws thin lines around and between the cells of a range: gridlines do not print by
    /// default, and a form filled by hand or checked on paper needs its boxes.
    /// </summary>
    public static void Rule(IXLRange cells)
    {
        cells.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        cells.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        // A ruled cell now exists though blank. ClosedXML types a new cell as text and writes it as
        // an empty shared string, which openpyxl saves back as an empty text cell; typed as a
        // number, a blank is written as nothing but its style and stays blank through either.
        foreach (var blank in cells.Cells(cell => cell.IsEmpty()))
        {
            blank.DataType = XLDataType.Number;
        }
    }
}
