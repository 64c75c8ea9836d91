using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Etl.Problems;
using VolunteerDW.Etl.Workbooks;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;
using static VolunteerDW.Tests.Support.TemplateFiller;

namespace VolunteerDW.Tests.Loading;

/// <summary>
/// What the loader cannot read as a value — a formula never calculated, a logical TRUE or FALSE, a
/// value taken from another workbook, a column whose field code is misspelt, missing or repeated —
/// is refused with the sheet and cell named and the fix, never loaded as a blank, a number or not
/// at all; a valid return is loaded first, and the refused file leaves the warehouse as it was.
/// </summary>
public sealed class SilentAcceptanceTests
{
    private const string NeverCalculated = "this cell holds a formula that was never calculated";

    public static TheoryData<string, string, string> UncalculatedFormulas() => new()
    {
        { "submission", "C4", "=2020+6" },
        { "submission", "C6", "=\"Әсел \"&\"Нұрланқызы\"" },
        { "subjects", "D3", "=SUM(C3:C3)" },
        { "programmes", "D3", "=DATE(2026,6,10)" },
        { "programmes", "B3", "=\"Таза қала\"" },
        { "practices", "A3", "=\"problem\"" },
    };

    [Theory, SqliteEngine(nameof(UncalculatedFormulas)), SqlServerEngine(nameof(UncalculatedFormulas))]
    public async Task A_formula_openpyxl_wrote_without_calculating_is_refused_in_any_field_naming_its_cell(string sheet, string cell, string formula, WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var before = await LoadGoodReturnAsync(harness);
        var path = await WithOpenpyxlAsync(harness, new ReturnBuilder(), (sheet, cell, new Formula(formula)));

        var problem = await RefusedAsync(harness, path, ProblemKind.FormulaNotCalculated, before);

        Assert.Equal((sheet, cell, formula), (problem.Sheet, problem.Cell, problem.Value));
        Assert.Contains(NeverCalculated, Messages.Describe("bad.xlsx", problem, Language.En), StringComparison.Ordinal);
        Assert.Contains("Open and save the file in Excel or LibreOffice, or type the number", Messages.Describe("bad.xlsx", problem, Language.En), StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_template_filled_by_openpyxl_with_a_formula_is_refused_and_the_same_template_with_the_number_loads(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine, FixedTime.At(2026, 10, 8));
        var template = await TemplateAsync(harness.Warehouse, "101000000", "2026Q3");
        (string, string, object) sent = ("submission", "C10", new DateOnly(2026, 10, 3));
        var good = Path.Combine(harness.Folder, "good.xlsx");
        await FillAsync(template, good, [sent, ("subjects", "C3", 12), ("subjects", "D3", 30)]);
        Assert.Equal(LoadOutcome.Loaded, (await harness.LoadOneAsync(good)).Outcome);
        var before = await harness.FiguresAsync();
        var bad = Path.Combine(harness.Folder, "bad.xlsx");
        await FillAsync(template, bad, [sent, ("subjects", "C3", 12), ("subjects", "D3", new Formula("=C3+18"))]);

        var problem = await RefusedAsync(harness, bad, ProblemKind.FormulaNotCalculated, before);

        Assert.Equal(("subjects", "D3", "people"), (problem.Sheet, problem.Cell, problem.Field));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Shared_formulas_without_results_are_refused_at_the_first_cell_and_every_cell_sharing_it(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var before = await LoadGoodReturnAsync(harness);
        var path = new ReturnBuilder().WriteTo(harness.Folder, "bad.xlsx");
        ForeignCells.Replace(path, "subjects",
            """<c r="D3"><f t="shared" ref="D3:D5" si="0">C3</f></c>""",
            """<c r="D4"><f t="shared" si="0"/></c>""",
            """<c r="D5"><f t="shared" si="0"/><v></v></c>""");

        var result = await harness.LoadOneAsync(path);

        Assert.Equal(LoadOutcome.Rejected, result.Outcome);
        Assert.All(result.Problems!, p => Assert.Equal((ProblemKind.FormulaNotCalculated, "subjects", "people"), (p.Kind, p.Sheet, p.Field)));
        Assert.Equal(["D3", "D4", "D5"], result.Problems!.Select(p => p.Cell));
        Assert.Equal(["=C3", null, null], result.Problems!.Select(p => p.Value));
        Assert.Equal(before, await harness.FiguresAsync());
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_formula_whose_calculated_result_is_empty_text_is_a_blank_and_loads_as_not_reported(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var path = new ReturnBuilder().WriteTo(harness.Folder);
        // As Excel and LibreOffice store =IF(…,"",…) when the result is the empty string.
        ForeignCells.Replace(path, "subjects", """<c r="E3" t="str"><f>IF(C3&gt;0,"",0)</f><v></v></c>""");

        var result = await harness.LoadOneAsync(path);

        Assert.Equal(LoadOutcome.Loaded, result.Outcome);
        Assert.Equal(2, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM fact_subjects WHERE new_subjects IS NULL"));
    }

    public static TheoryData<string, string, bool> Logicals() => new()
    {
        { "subjects", "D3", true },
        { "programmes", "D3", false },
        { "practices", "A3", true },
        { "programmes", "B3", true },
        { "submission", "C4", false },
        { "submission", "C6", true },
    };

    [Theory, SqliteEngine(nameof(Logicals)), SqlServerEngine(nameof(Logicals))]
    public async Task A_logical_value_openpyxl_wrote_is_refused_in_any_field_naming_its_cell(string sheet, string cell, bool value, WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var before = await LoadGoodReturnAsync(harness);
        var path = await WithOpenpyxlAsync(harness, new ReturnBuilder(), (sheet, cell, value));

        var problem = await RefusedAsync(harness, path, ProblemKind.LogicalValue, before);

        var shown = value ? "TRUE" : "FALSE";
        Assert.Equal((sheet, cell, shown), (problem.Sheet, problem.Cell, problem.Value));
        var message = Messages.Describe("bad.xlsx", problem, Language.En);
        Assert.Contains($"the cell holds the logical value {shown}", message, StringComparison.Ordinal);
        Assert.Contains("Type the value itself", message, StringComparison.Ordinal);
        Assert.Contains("start it with an apostrophe", message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> ExternalLinks() => new()
    {
        { "subjects", "D3", """<c r="D3"><f>[1]Sheet1!$B$2</f><v>120</v></c>""" },
        { "programmes", "G3", """<c r="G3"><f>'[1]My sheet'!A1</f><v>45</v></c>""" },
        { "programmes", "J4", """<c r="J4"><f>SUM([1]Sheet1!$B$2:$B$9)*1000</f><v>250000</v></c>""" },
        { "submission", "C4", """<c r="C4"><f>[1]Sheet1!$C$4</f><v>2026</v></c>""" },
    };

    [Theory, SqliteEngine(nameof(ExternalLinks)), SqlServerEngine(nameof(ExternalLinks))]
    public async Task A_value_linked_from_another_workbook_is_refused_though_its_result_is_stored(string sheet, string cell, string xml, WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var before = await LoadGoodReturnAsync(harness);
        var path = ExcelWithLink(harness, sheet, xml);

        var problem = await RefusedAsync(harness, path, ProblemKind.ExternalLink, before);

        Assert.Equal((sheet, cell), (problem.Sheet, problem.Cell));
        Assert.StartsWith("=", problem.Value, StringComparison.Ordinal);
        Assert.Contains("[1]", problem.Value, StringComparison.Ordinal);
        var message = Messages.Describe("bad.xlsx", problem, Language.En);
        Assert.Contains("a return carries its own numbers", message, StringComparison.Ordinal);
        Assert.Contains("Replace the link with the number", message, StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Every_cell_sharing_a_linked_formula_is_refused_though_only_the_first_has_its_text(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var before = await LoadGoodReturnAsync(harness);
        var path = ExcelWithLink(harness, "subjects",
            """<c r="D3"><f t="shared" ref="D3:D4" si="0">[1]Sheet1!B2</f><v>120</v></c>""",
            """<c r="D4"><f t="shared" si="0"/><v>80</v></c>""",
            """<c r="D5"><f t="shared" ref="D5:D6" si="1">C5*2</f><v>8</v></c>""",
            """<c r="D6"><f t="shared" si="1"/><v>0</v></c>""");

        var result = await harness.LoadOneAsync(path);

        Assert.Equal(LoadOutcome.Rejected, result.Outcome);
        Assert.All(result.Problems!, p => Assert.Equal((ProblemKind.ExternalLink, "subjects", "people"), (p.Kind, p.Sheet, p.Field)));
        Assert.Equal([("D3", "=[1]Sheet1!B2"), ("D4", null)], result.Problems!.Select(p => (p.Cell, p.Value)));
        Assert.Equal(before, await harness.FiguresAsync());
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Brackets_in_a_formulas_text_or_a_table_reference_are_no_link_and_the_stored_result_loads(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var path = ExcelWithLink(harness, "subjects",
            """<c r="D3"><f>IF(C3&gt;0,C3,"[1]Sheet1!B2")</f><v>120</v></c>""",
            """<c r="D4"><f>SUM(Counts[2026])</f><v>80</v></c>""");

        var result = await harness.LoadOneAsync(path);

        Assert.Equal(LoadOutcome.Loaded, result.Outcome);
        Assert.Equal(235, await harness.ScalarAsync<long>("SELECT SUM(people) FROM fact_subjects"));
    }

    public static TheoryData<string, Func<ReturnBuilder, ReturnBuilder>, Problem, string> BadFieldCodes() => new()
    {
        {
            "a misspelt code", b => b.Cell("subjects", "D1", "peopel"),
            new(ProblemKind.MisspeltFieldCode, "subjects", "D1", "people", "peopel", "people"),
            "'peopel' is not a field code of this sheet. Did you mean 'people'?"
        },
        {
            "a code nothing like the sheet's", b => b.Cell("programmes", "K1", "notes").Cell("programmes", "K3", "хабарландыру"),
            new(ProblemKind.UnknownFieldCode, "programmes", "K1", null, "notes", string.Join(", ", SubmissionLayout.Programmes.Fields.Select(f => f.Code))),
            "'notes' is not a field code of this sheet. In row 1 write one of this sheet's codes: programme_kind, title,"
        },
        {
            "a code in two columns", b => b.Cell("subjects", "F1", "People").Cell("subjects", "F3", 999),
            new(ProblemKind.DuplicateFieldCode, "subjects", "F1", "people", "People", "D1"),
            "the field code 'People' is already in cell D1"
        },
        {
            "an optional field's row missing from the submission sheet", b => b.Cell("submission", "A8", null),
            new(ProblemKind.MissingField, "submission", null, "phone", Expected: "phone"),
            "the field 'phone' is missing"
        },
        {
            "a field given twice on the submission sheet", b => b.Cell("submission", "A11", "year").Cell("submission", "C11", 2025),
            new(ProblemKind.DuplicateFieldCode, "submission", "A11", "year", "year", "A4"),
            "the field code 'year' is already in cell A4"
        },
    };

    [Theory, SqliteEngine(nameof(BadFieldCodes)), SqlServerEngine(nameof(BadFieldCodes))]
    public async Task A_field_code_misspelt_missing_or_repeated_is_refused_naming_its_cell_and_the_fix(
        string what, Func<ReturnBuilder, ReturnBuilder> spoil, Problem expected, string message, WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var before = await LoadGoodReturnAsync(harness);
        var path = spoil(new ReturnBuilder()).WriteTo(harness.Folder, "bad.xlsx");

        var problem = await RefusedAsync(harness, path, expected.Kind, before);

        Assert.True(expected == problem, $"{what}: {problem}");
        Assert.Contains(message, Messages.Describe("bad.xlsx", problem, Language.En), StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_deleted_optional_column_is_refused_naming_the_field_not_loaded_as_blank(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var before = await LoadGoodReturnAsync(harness);
        var path = Path.Combine(harness.Folder, "bad.xlsx");
        // The people column (D) deleted: new_subjects moves into D, as in a spreadsheet.
        XlsxWriter.Write(path, new ReturnBuilder().Sheets().Select(sheet => sheet.Name != "subjects" ? sheet
            : sheet with { Rows = [.. sheet.Rows.Select(row => (IReadOnlyList<object?>)[.. row.Where((_, column) => column != 3)])] }));

        var problem = await RefusedAsync(harness, path, ProblemKind.MissingField, before);

        Assert.Equal(("subjects", "1", "people", "people"), (problem.Sheet, problem.Cell, problem.Field, problem.Expected));
    }

    public static TheoryData<string, Func<ReturnBuilder, ReturnBuilder>> ExtraColumnsAndRows() => new()
    {
        { "a data sheet's column with nothing in row 1", b => b.Cell("programmes", "K2", "Ескерту / Примечание").Cell("programmes", "K3", "хабарландыру") },
        { "a row of the submission sheet whose column A is no field", b => b.Cell("submission", "A12", "Ескерту / Примечание").Cell("submission", "C12", "тексерілді") },
    };

    [Theory, SqliteEngine(nameof(ExtraColumnsAndRows)), SqlServerEngine(nameof(ExtraColumnsAndRows))]
    public async Task A_column_or_row_that_names_no_field_is_left_alone(string what, Func<ReturnBuilder, ReturnBuilder> add, WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);

        var result = await harness.LoadOneAsync(add(new ReturnBuilder()).WriteTo(harness.Folder));

        Assert.True(result.Outcome == LoadOutcome.Loaded, what);
    }

    /// <summary>The return as Excel saves one with a link to another workbook: the cells given, and the link's parts.</summary>
    private static string ExcelWithLink(LoadHarness harness, string sheet, params string[] cells)
    {
        var path = new ReturnBuilder().WriteTo(harness.Folder, "bad.xlsx");
        ForeignCells.Replace(path, sheet, cells);
        ForeignCells.AddExternalLink(path, "file:///C:/Returns/Semey-2026Q2-draft.xlsx", "Sheet1", "My sheet");
        return path;
    }

    /// <summary>Loads another district's valid return and gives the warehouse's figures after it.</summary>
    private static async Task<WarehouseFigures> LoadGoodReturnAsync(LoadHarness harness)
    {
        Assert.Equal(LoadOutcome.Loaded, (await harness.LoadOneAsync(new ReturnBuilder("101800000").WriteTo(harness.Folder))).Outcome);
        return await harness.FiguresAsync();
    }

    /// <summary>Writes the return, then has openpyxl put the values in and save it, as another program would.</summary>
    private static async Task<string> WithOpenpyxlAsync(LoadHarness harness, ReturnBuilder builder, params (string Sheet, string Cell, object Value)[] values)
    {
        var written = builder.WriteTo(harness.Folder, "written.xlsx");
        var path = Path.Combine(harness.Folder, "bad.xlsx");
        await FillAsync(written, path, values);
        return path;
    }

    /// <summary>The one problem of a refused file, which must be of the kind given and have changed nothing.</summary>
    private static async Task<Problem> RefusedAsync(LoadHarness harness, string path, ProblemKind kind, WarehouseFigures before)
    {
        var result = await harness.LoadOneAsync(path);

        Assert.Equal(LoadOutcome.Rejected, result.Outcome);
        var problem = Assert.Single(result.Problems!);
        Assert.Equal(kind, problem.Kind);
        Assert.Equal(before, await harness.FiguresAsync());
        return problem;
    }
}
