using System.Text.Json;
using VolunteerDW.Etl.Feedback;
using VolunteerDW.Etl.Problems;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Feedback;

/// <summary>A rejected workbook given back marked, whatever program wrote it, and read back by another program.</summary>
public sealed class AnnotatedWorkbookTests
{
    [Fact]
    public async Task A_workbook_written_by_openpyxl_comes_back_with_the_problem_cell_marked_and_its_value_as_sent()
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);
        var template = await TemplateFiller.TemplateAsync(warehouse, "101000000", "2026Q1");
        var filled = Path.Combine(warehouse.Folder, "filled.xlsx");
        // openpyxl writes blank fills as <patternFill/>, which ClosedXML 0.95 cannot save unaided.
        await TemplateFiller.FillAsync(template, filled, [("subjects", "C3", -5)]);
        var marked = Path.Combine(warehouse.Folder, "marked.xlsx");

        await using (var original = File.OpenRead(filled))
        {
            await File.WriteAllBytesAsync(marked, AnnotatedWorkbook.Annotate(original, [new Problem(ProblemKind.Negative, "subjects", "C3")], Language.Ru));
        }

        using var cell = JsonDocument.Parse(await PythonScript.RunAsync(RepoPaths.Of("tests", "VolunteerDW.Tests", "Feedback", "read_marked_cell.py"), [marked, "subjects", "C3"]));
        Assert.Equal("Ошибки", cell.RootElement.GetProperty("first_sheet").GetString());
        Assert.Equal(Messages.Explain(new Problem(ProblemKind.Negative, "subjects", "C3"), Language.Ru), cell.RootElement.GetProperty("comment").GetString());
        Assert.Equal("FFFFC7CE", cell.RootElement.GetProperty("fill").GetString());
        Assert.Equal(-5, cell.RootElement.GetProperty("value").GetInt32());
    }
}
