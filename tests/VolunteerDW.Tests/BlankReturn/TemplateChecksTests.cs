using ClosedXML.Excel;
using VolunteerDW.Etl.Format;

namespace VolunteerDW.Tests.BlankReturn;

/// <summary>What the template checks while the officer types, and what it locks.</summary>
public sealed class TemplateChecksTests(TemplateFixture templates) : IClassFixture<TemplateFixture>
{
    [Fact]
    public void Code_count_date_and_text_columns_are_checked_to_the_end_of_the_sheet()
    {
        using var workbook = new XLWorkbook(templates.PathOf(TemplateFixture.District));
        var subjects = workbook.Worksheet("subjects");
        var programmes = workbook.Worksheet("programmes");

        var subjectType = TemplateFixture.ValidationAt(subjects, "A3");
        Assert.Equal(XLAllowedValues.List, subjectType.AllowedValues);
        Assert.Equal("lists!$A$2:$A$5", subjectType.Value);
        Assert.Equal(XLAllowedValues.List, TemplateFixture.ValidationAt(programmes, "C3").AllowedValues);
        foreach (var cell in new[] { "C3", "D3", "E3", "E2000" })
        {
            var count = TemplateFixture.ValidationAt(subjects, cell);
            Assert.Equal((XLAllowedValues.WholeNumber, XLOperator.EqualOrGreaterThan, "0"), (count.AllowedValues, count.Operator, count.Value));
        }

        Assert.Equal(XLAllowedValues.WholeNumber, TemplateFixture.ValidationAt(programmes, "J3").AllowedValues);
        Assert.Equal(XLAllowedValues.Date, TemplateFixture.ValidationAt(programmes, "D3").AllowedValues);
        var title = TemplateFixture.ValidationAt(programmes, "B3");
        Assert.Equal((XLAllowedValues.TextLength, "300"), (title.AllowedValues, title.Value));
        Assert.All(subjects.DataValidations, v => Assert.True(v.Ranges.Single().RangeAddress.LastAddress.RowNumber >= 2000));
        Assert.DoesNotContain(subjects.DataValidations, v => v.Ranges.Any(r => r.RangeAddress.FirstAddress.RowNumber < SubmissionLayout.FirstDataRow));
        // Excel refuses a workbook whose error title exceeds 32 characters or message 225.
        Assert.All(workbook.Worksheets.SelectMany(sheet => sheet.DataValidations), v =>
        {
            Assert.True(v.ShowErrorMessage);
            Assert.InRange(v.ErrorTitle.Length, 1, 32);
            Assert.InRange(v.ErrorMessage.Length, 1, 225);
            Assert.Contains("\n", v.ErrorMessage, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("subjects")]
    [InlineData("programmes")]
    [InlineData("practices")]
    [InlineData("consolidated")]
    public void Data_sheets_lock_the_two_heading_rows_and_hide_row_1_and_leave_data_cells_open(string name)
    {
        using var workbook = new XLWorkbook(templates.PathOf(TemplateFixture.Region));
        var sheet = workbook.Worksheet(name);

        Assert.True(sheet.IsProtected);
        Assert.False(sheet.Protection.IsPasswordProtected);
        Assert.True(sheet.Protection.AllowedElements.HasFlag(XLSheetProtectionElements.InsertRows));
        Assert.True(sheet.Cell("A1").Style.Protection.Locked);
        Assert.True(sheet.Cell("B2").Style.Protection.Locked);
        Assert.False(sheet.Cell("C3").Style.Protection.Locked);
        Assert.False(sheet.Cell("A1500").Style.Protection.Locked);
        Assert.True(sheet.Row(1).IsHidden);
        Assert.False(sheet.Row(2).IsHidden);
        Assert.True(sheet.Cell("A2").Style.Font.Bold);
        Assert.Equal(2, sheet.SheetView.SplitRow);
        Assert.All(sheet.ColumnsUsed(), column => Assert.True(column.Width >= 14));
    }
}
