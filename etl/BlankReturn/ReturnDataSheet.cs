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
    public static void Write(IXLWorksheet sheet, SheetSpec spec, IEnumerable<IReadOnlyList<object?>> data, ReturnCodeLists lists)
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

        var headings = sheet.Rows(1, SubmissionLayout.FirstDataRow - 1);
        headings.Style.Protection.Locked = true;
        headings.Style.Font.Bold = true;
        headings.Style.Alignment.WrapText = true;
        headings.Style.Fill.BackgroundColor = XLColor.LightGray;
        sheet.Row(1).Hide();
        // Row 2's labels and the pre-filled codes wrap; make their rows tall enough to read.
        for (var row = SubmissionLayout.FirstDataRow - 1; row <= sheet.LastRowUsed().RowNumber(); row++)
        {
            ReturnCells.FitHeight(sheet.Row(row), spec.Fields.Select((field, i) => (sheet.Cell(row, i + 1).GetString(), FieldRules.Width(field))));
        }

        ReturnCells.FitPrintToPageWidth(sheet);
        sheet.SheetView.FreezeRows(SubmissionLayout.FirstDataRow - 1);
        sheet.Protect()
            .AllowElement(XLSheetProtectionElements.InsertRows)
            .AllowElement(XLSheetProtectionElements.DeleteRows)
            .AllowElement(XLSheetProtectionElements.FormatColumns)
            .AllowElement(XLSheetProtectionElements.FormatRows);
    }
}
