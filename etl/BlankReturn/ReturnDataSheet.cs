using ClosedXML.Excel;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Workbooks;

namespace VolunteerDW.Etl.BlankReturn;

/// <summary>
/// One data sheet of the template, laid out as <see cref="SubmissionSheets.DataSheet"/> lays out a
/// submission: field codes in row 1 (hidden: the reader keys on them), labels in row 2, data from
/// row 3. The two heading rows are locked; every other cell is open, so that rows can be added.
/// </summary>
internal static class ReturnDataSheet
{
    // A sheet of free rows (programmes, practices) gets this many ruled blank rows to fill; more
    // can be inserted. The subject sheets' pre-filled grid is longer and is ruled whole.
    private const int RuledRows = 20;

    private const int HeadingRows = SubmissionLayout.FirstDataRow - 1;

    public static void Write(IXLWorksheet sheet, SheetSpec spec, IEnumerable<IReadOnlyList<object?>> data, ReturnCodeLists lists, string footer)
    {
        ReturnCells.WriteRows(sheet, SubmissionSheets.DataSheet(spec, data).Rows);
        sheet.Style.Protection.Locked = false;
        sheet.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        for (var i = 0; i < spec.Fields.Count; i++)
        {
            var field = spec.Fields[i];
            var column = sheet.Column(i + 1);
            column.Width = FieldRules.Width(field);
            column.Style.NumberFormat.Format = FieldRules.NumberFormat(field.Kind);
            column.Style.Alignment.WrapText = field.Kind is FieldKind.Text or FieldKind.Code;
            // To the last row of the sheet, so that rows the officer adds are checked too.
            FieldRules.Validate(sheet.Range(SubmissionLayout.FirstDataRow, i + 1, XLHelper.MaxRowNumber, i + 1), field, lists);
        }

        var headings = sheet.Rows(1, HeadingRows);
        headings.Style.Protection.Locked = true;
        headings.Style.Font.Bold = true;
        headings.Style.Alignment.WrapText = true;
        headings.Style.Fill.BackgroundColor = XLColor.LightGray;
        sheet.Row(1).Hide();
        // Row 2's labels and the pre-filled codes wrap; make their rows tall enough to read.
        var lastFilled = sheet.LastRowUsed().RowNumber();
        for (var row = HeadingRows; row <= lastFilled; row++)
        {
            RowHeights.Fit(sheet.Row(row));
        }

        var lastRuled = Math.Max(lastFilled, HeadingRows + RuledRows);
        ReturnCells.Rule(sheet.Range(HeadingRows, 1, lastRuled, spec.Fields.Count));
        PrintLayout.Apply(sheet, footer, HeadingRows);
        sheet.SheetView.FreezeRows(HeadingRows);
        sheet.Protect()
            .AllowElement(XLSheetProtectionElements.InsertRows)
            .AllowElement(XLSheetProtectionElements.DeleteRows)
            .AllowElement(XLSheetProtectionElements.FormatColumns)
            .AllowElement(XLSheetProtectionElements.FormatRows);
    }
}
