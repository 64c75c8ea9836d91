using ClosedXML.Excel;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Reading;
using VolunteerDW.Tests.Support;

namespace VolunteerDW.Tests.BlankReturn;

/// <summary>The template as written, read back with ClosedXML and with the product's own reader.</summary>
public sealed class TemplateWorkbookTests(TemplateFixture templates) : IClassFixture<TemplateFixture>
{
    public static TheoryData<string, bool> Units => new() { { TemplateFixture.District, false }, { TemplateFixture.Region, true } };

    [Theory]
    [MemberData(nameof(Units))]
    public void Sheets_come_in_order_and_row_1_of_each_data_sheet_holds_the_field_codes(string kato, bool isRegion)
    {
        var raw = templates.Read(kato);
        using var workbook = new XLWorkbook(templates.PathOf(kato));

        string[] expected = isRegion
            ? ["instructions", "submission", "subjects", "programmes", "practices", "consolidated", "lists"]
            : ["instructions", "submission", "subjects", "programmes", "practices", "lists"];
        Assert.Equal(expected, raw.Sheets.Select(sheet => sheet.Name));
        Assert.Equal(expected, workbook.Worksheets.OrderBy(sheet => sheet.Position).Select(sheet => sheet.Name));
        foreach (var spec in SubmissionLayout.DataSheets.Where(spec => isRegion || !spec.RegionsOnly))
        {
            var firstRow = raw.Sheet(spec.Name)!.Rows.First();
            Assert.Equal(1, firstRow.Number);
            Assert.Equal(spec.Fields.Select(field => field.Code), firstRow.Cells.OrderBy(c => c.Key).Select(c => c.Value.Text));
        }
    }

    [Theory]
    [MemberData(nameof(Units))]
    public void The_submission_sheet_names_the_unit_and_quarter_and_leaves_the_rest_to_the_officer(string kato, bool isRegion)
    {
        var rows = templates.Read(kato).Sheet("submission")!.Rows;
        using var workbook = new XLWorkbook(templates.PathOf(kato));
        var sheet = workbook.Worksheet("submission");

        Assert.Equal(SubmissionLayout.Header.Fields.Select(f => f.Code), rows.Select(row => row[0]!.Text));
        var values = rows.ToDictionary(row => row[0]!.Text!, row => row[2]);
        Assert.Equal(SubmissionLayout.Format, values["format"]!.Text);
        Assert.Equal(kato, values["unit_kato"]!.Text);
        Assert.Equal(isRegion ? "Алматы қаласы / г.Алматы" : "Семей қаласы / Семей Г.А.", values["unit_name"]!.Text);
        Assert.Equal(2026, values["year"]!.Number);
        Assert.Equal(3, values["quarter"]!.Number);
        Assert.All(["prepared_by", "position", "phone", "email", "submitted_on"], code => Assert.Null(values[code]));
        Assert.True(sheet.IsProtected);
        Assert.True(sheet.Cell("A2").Style.Protection.Locked);
        Assert.True(sheet.Cell("C2").Style.Protection.Locked);
        Assert.False(sheet.Cell("C6").Style.Protection.Locked);
        Assert.Equal(XLAllowedValues.Date, TemplateFixture.ValidationAt(sheet, "C10").AllowedValues);
    }

    [Theory]
    [MemberData(nameof(Units))]
    public void The_subject_sheets_hold_one_row_per_subject_type_and_activity_type_with_blank_counts(string kato, bool isRegion)
    {
        var raw = templates.Read(kato);
        var expected = templates.Snapshot.SubjectTypes
            .SelectMany(_ => templates.Snapshot.ActivityTypes, (subject, activity) => (subject.Code, activity.Code))
            .ToList();

        foreach (var name in isRegion ? new[] { "subjects", "consolidated" } : ["subjects"])
        {
            var data = raw.Sheet(name)!.Rows.Where(row => row.Number >= SubmissionLayout.FirstDataRow).ToList();
            Assert.Equal(28, data.Count);
            Assert.Equal(Enumerable.Range(SubmissionLayout.FirstDataRow, data.Count), data.Select(row => row.Number));
            Assert.Equal(expected, data.Select(row => (CodeOf(row[0]!), CodeOf(row[1]!))));
            Assert.All(data, row => Assert.Equal([0, 1], row.Cells.Keys.Order()));
        }

        Assert.Equal(isRegion, raw.Sheet("consolidated") is not null);
    }

    [Fact]
    public void The_lists_sheet_is_hidden_and_offers_each_code_with_its_labels()
    {
        using var workbook = new XLWorkbook(templates.PathOf(TemplateFixture.District));
        var lists = workbook.Worksheet("lists");

        Assert.Equal(XLWorksheetVisibility.Hidden, lists.Visibility);
        var columns = lists.ColumnsUsed().ToDictionary(
            column => column.Cell(1).GetString(),
            column => column.CellsUsed().Skip(1).Select(cell => cell.GetString()).ToList());
        Assert.Equal(["subject_type", "activity_type", "programme_kind", "practice_kind", "proposal_area"], columns.Keys);
        Assert.Equal(templates.Snapshot.SubjectTypes.Select(t => t.Code), columns["subject_type"].Select(CodeOf));
        Assert.Equal(templates.Snapshot.ActivityTypes.Select(t => t.Code), columns["activity_type"].Select(CodeOf));
        Assert.Equal(["programme", "project", "action"], columns["programme_kind"].Select(CodeOf));
        Assert.Equal("volunteer — Волонтер / Волонтер", columns["subject_type"][0]);
        Assert.Equal("proposal — Ұсыныс / Предложение", columns["practice_kind"][2]);
    }

    [Theory]
    [InlineData(TemplateFixture.District, "Осы есепті 2026 жылғы 5 қазаннан кешіктірмей жіберіңіз.", "Этот отчёт направьте не позднее 5 октября 2026 года.")]
    [InlineData(TemplateFixture.Region, "Осы есепті 2026 жылғы 10 қазаннан кешіктірмей жіберіңіз.", "Этот отчёт направьте не позднее 10 октября 2026 года.")]
    public void Instructions_say_in_kazakh_then_russian_when_this_return_is_due(string kato, string kazakh, string russian)
    {
        var lines = templates.Read(kato).Sheet("instructions")!.Rows.Select(row => row[0]!.Text!).ToList();

        Assert.StartsWith("Волонтерлік қызмет мониторингі: 2026 жылғы 3-тоқсан", lines[0], StringComparison.Ordinal);
        Assert.True(lines.IndexOf(kazakh) >= 0 && lines.IndexOf(kazakh) < lines.IndexOf(russian), string.Join("\n", lines));
        Assert.Contains(lines, line => line.Contains("Пустая ячейка", StringComparison.Ordinal) && line.Contains("равно нулю", StringComparison.Ordinal));
        Assert.Equal(kato == TemplateFixture.Region, lines.Any(line => line.StartsWith("«consolidated»", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_product_never_sizes_columns_by_measuring_text()
    {
        // AdjustToContents measures through System.Drawing, which needs libgdiplus: absent on Linux servers.
        var offenders = RepoPaths.Files(".cs", "etl").Concat(RepoPaths.Files(".cs", "reports")).Where(path => File.ReadAllText(path).Contains("AdjustToContents", StringComparison.Ordinal));

        Assert.Empty(offenders.Select(RepoPaths.Relative));
    }

    private static string CodeOf(RawCell cell) => CodeOf(cell.Text!);

    private static string CodeOf(string option) => option.Split(SubmissionLayout.CodeLabelSeparator)[0];
}
