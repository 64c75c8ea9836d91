using ClosedXML.Excel;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Workbooks;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.BlankReturn;

/// <summary>
/// The <c>submission</c> sheet, laid out by <see cref="SubmissionSheets.HeaderRows"/>: code in
/// column A, label in B, value in C. What the template knows (format, unit, quarter) is filled in
/// and locked, so that a return cannot go up under another unit or quarter by a slip; the officer
/// fills the rest.
/// </summary>
internal static class ReturnHeaderSheet
{
    private const int ValueColumn = 3;

    public static void Write(IXLWorksheet sheet, UnitVersionRow unit, Quarter quarter, ReturnCodeLists lists, string footer)
    {
        // SubmissionHeader requires the date the return is sent up, which only the officer can
        // give: lay out the rows with a placeholder and leave that cell blank.
        var submittedOn = SubmissionLayout.Header.Field("submitted_on");
        var rows = SubmissionSheets.HeaderRows(
                new SubmissionHeader(SubmissionLayout.Format, unit.KatoCode, quarter, default), $"{unit.NameKk} / {unit.NameRu}")
            .Select(row => row[0] as string == submittedOn.Code ? [row[0], row[1], null] : row)
            .ToList();
        ReturnCells.WriteRows(sheet, rows);
        // Narrow enough for a portrait page at full size; the labels wrap.
        sheet.Column(1).Width = 12;
        sheet.Column(1).Style.Font.FontColor = XLColor.Gray;
        sheet.Column(2).Width = 40;
        sheet.Column(2).Style.Font.Bold = true;
        sheet.Column(2).Style.Alignment.WrapText = true;
        sheet.Column(ValueColumn).Width = 42;
        sheet.Column(ValueColumn).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
        for (var i = 0; i < rows.Count; i++)
        {
            var field = SubmissionLayout.Header.Fields[i];
            var value = sheet.Cell(i + 1, ValueColumn);
            value.Style.NumberFormat.Format = FieldRules.NumberFormat(field.Kind);
            if (rows[i][2] is null)
            {
                value.Style.Protection.Locked = false;
                value.Style.Fill.BackgroundColor = XLColor.LightYellow;
                FieldRules.Validate(value.AsRange(), field, lists);
            }

            RowHeights.Fit(sheet.Row(i + 1));
        }

        ReturnCells.Rule(sheet.Range(1, 1, rows.Count, ValueColumn));
        PrintLayout.Apply(sheet, footer);
        sheet.Protect()
            .AllowElement(XLSheetProtectionElements.FormatColumns)
            .AllowElement(XLSheetProtectionElements.FormatRows);
    }
}
