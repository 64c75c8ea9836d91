using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using VolunteerDW.Etl.Problems;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Etl.Feedback;

/// <summary>
/// A rejected return given back as the officer sent it, with its problems on it: each cell named by
/// a problem filled red with a note saying what is wrong and how to fix it, and a first sheet
/// listing every problem with a link to its cell — so it is corrected where it stands.
/// </summary>
public static class AnnotatedWorkbook
{
    private static readonly Label SheetName = new("Қателер", "Ошибки", "Problems");

    private static readonly Label[] Headings =
    [
        new("Парақ", "Лист", "Sheet"), new("Ұяшық", "Ячейка", "Cell"), new("Не дұрыс емес және қалай түзету керек", "Что не так и как исправить", "What is wrong and how to fix it"),
    ];

    private static readonly XLColor Problem = XLColor.FromHtml("#FFC7CE");

    /// <summary>
    /// A copy of the workbook whose every fill names its pattern. openpyxl (and so many scripts and
    /// tools) writes a blank fill as <c>&lt;patternFill/&gt;</c>, which the schema allows and Excel reads
    /// as none; ClosedXML 0.95 cannot save a workbook holding one. Nothing else is touched.
    /// </summary>
    private static MemoryStream WithPatternTypes(Stream original)
    {
        var copy = new MemoryStream();
        original.CopyTo(copy);
        using (var document = SpreadsheetDocument.Open(copy, isEditable: true))
        {
            var styles = document.WorkbookPart?.WorkbookStylesPart?.Stylesheet;
            foreach (var fill in styles?.Fills?.Elements<Fill>().Select(f => f.PatternFill).OfType<PatternFill>().Where(p => p.PatternType is null) ?? [])
            {
                fill.PatternType = PatternValues.None;
            }

            styles?.Save();
        }

        copy.Position = 0;
        return copy;
    }

    /// <summary>The workbook <paramref name="original"/> with <paramref name="problems"/> on it, in <paramref name="language"/>.</summary>
    public static byte[] Annotate(Stream original, IReadOnlyList<Problem> problems, Language language)
    {
        ArgumentNullException.ThrowIfNull(problems);
        using var workbook = new XLWorkbook(WithPatternTypes(original));
        var list = workbook.Worksheets.Add(SheetName.In(language), 1);
        for (var column = 0; column < Headings.Length; column++)
        {
            list.Cell(1, column + 1).Value = Headings[column].In(language);
        }

        list.Row(1).Style.Font.Bold = true;
        var row = 2;
        foreach (var problem in problems)
        {
            var text = Messages.Explain(problem, language);
            list.Cell(row, 1).Value = problem.Sheet ?? string.Empty;
            list.Cell(row, 2).Value = problem.Cell ?? string.Empty;
            list.Cell(row, 3).Value = text;
            if (problem.Sheet is { } sheet && problem.Cell is { } cell && workbook.TryGetWorksheet(sheet, out var target))
            {
                var marked = target.Cell(cell);
                marked.Style.Fill.BackgroundColor = Problem;
                marked.Comment.AddText(text);
                list.Cell(row, 2).Hyperlink = new XLHyperlink($"'{sheet}'!{cell}");
            }

            row++;
        }

        // Widths set here: measuring text would need the native graphics library.
        list.Column(1).Width = 16;
        list.Column(2).Width = 10;
        list.Column(3).Width = 100;
        list.Column(3).Style.Alignment.WrapText = true;
        list.SetTabActive();
        workbook.Worksheets.Where(sheet => sheet != list).ToList().ForEach(sheet => sheet.SetTabActive(false));
        using var annotated = new MemoryStream();
        workbook.SaveAs(annotated);
        return annotated.ToArray();
    }
}
