using VolunteerDW.Etl.Loading;
using VolunteerDW.Etl.Problems;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Loading;

/// <summary>
/// Every error rejects the whole file, names where it is, and leaves the warehouse as it was
/// (a valid return is loaded first, so there is something to lose).
/// </summary>
public sealed class RejectionTests
{
    public static TheoryData<string, Func<ReturnBuilder, ReturnBuilder>, ProblemKind, string?, string?, string?> BadReturns() => new()
    {
        { "negative count", b => b.Cell("subjects", "C4", -5), ProblemKind.Negative, "subjects", "C4", "-5" },
        { "fractional count", b => b.Cell("programmes", "G3", 12.5), ProblemKind.NotWholeNumber, "programmes", "G3", "12.5" },
        { "words in a count", b => b.Cell("programmes", "H3", "about 300"), ProblemKind.NotWholeNumber, "programmes", "H3", "about 300" },
        { "decimal comma", b => b.Cell("subjects", "D3", "1,5"), ProblemKind.NotWholeNumber, "subjects", "D3", "1,5" },
        { "unknown district", b => b.Cell("submission", "C2", "199999999"), ProblemKind.UnknownUnit, "submission", "C2", "199999999" },
        { "the country is not a reporting unit", b => b.Cell("submission", "C2", "000000000"), ProblemKind.UnknownUnit, "submission", "C2", "000000000" },
        { "unknown activity code", b => b.Cell("subjects", "B3", "sports"), ProblemKind.UnknownCode, "subjects", "B3", "sports" },
        { "unknown programme kind", b => b.Cell("programmes", "A3", "festival"), ProblemKind.UnknownCode, "programmes", "A3", "festival" },
        { "duplicate grain", b => b.Cell("subjects", "B4", "social_assistance"), ProblemKind.DuplicateRow, "subjects", "A4", "3" },
        { "end before start", b => b.Cell("programmes", "E4", "2026-03-01"), ProblemKind.EndBeforeStart, "programmes", "E4", "2026-03-01" },
        { "new above subjects", b => b.Cell("subjects", "E3", 500), ProblemKind.NewAboveSubjects, "subjects", "E3", "500" },
        { "text too long", b => b.Cell("practices", "E3", new string('ы', 4001)), ProblemKind.TextTooLong, "practices", "E3", "4001" },
        { "unit name too long", b => b.Cell("submission", "C3", new string('ы', 201)), ProblemKind.TextTooLong, "submission", "C3", "201" },
        { "not a date", b => b.Cell("programmes", "D3", "last Tuesday"), ProblemKind.BadDate, "programmes", "D3", "last Tuesday" },
        { "required title empty", b => b.Cell("programmes", "B3", null), ProblemKind.Required, "programmes", "B3", null },
        { "proposal without an area", b => b.Cell("practices", "B5", null), ProblemKind.ProposalAreaRequired, "practices", "B5", null },
        { "area on a problem", b => b.Cell("practices", "B4", "problem_solving"), ProblemKind.ProposalAreaNotAllowed, "practices", "B4", "problem_solving" },
        { "wrong format version", b => b.Cell("submission", "C1", "vdw-submission/0"), ProblemKind.WrongFormat, "submission", "C1", "vdw-submission/0" },
        { "quarter 5", b => b.Cell("submission", "C5", 5), ProblemKind.BadQuarter, "submission", "C5", null },
        { "quarter not over yet", b => b.Cell("submission", "C5", 3), ProblemKind.FutureQuarter, "submission", "C5", "2026Q3" },
        { "malformed year", b => b.Cell("submission", "C4", "20x6"), ProblemKind.NotWholeNumber, "submission", "C4", "20x6" },
        { "sent before the quarter ended", b => b.Cell("submission", "C10", "2026-05-01"), ProblemKind.SubmittedBeforeQuarterEnd, "submission", "C10", "2026-05-01" },
        { "missing field column", b => b.Cell("programmes", "B1", "name"), ProblemKind.MissingField, "programmes", "1", null },
        { "consolidated from a district", b => b.Cell("consolidated", "A1", "subject_type").Cell("consolidated", "A3", "volunteer"), ProblemKind.ConsolidatedFromDistrict, "consolidated", null, null },
    };

    [Theory, SqliteEngine(nameof(BadReturns)), SqlServerEngine(nameof(BadReturns))]
    public async Task A_bad_return_is_rejected_whole_naming_sheet_cell_and_value_and_nothing_changes(
        string what, Func<ReturnBuilder, ReturnBuilder> spoil, ProblemKind kind, string? sheet, string? cell, string? value, WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        Assert.Equal(LoadOutcome.Loaded, (await harness.LoadOneAsync(new ReturnBuilder("101800000").WriteTo(harness.Folder))).Outcome);
        var before = await harness.FiguresAsync();

        var result = await harness.LoadOneAsync(spoil(new ReturnBuilder()).WriteTo(harness.Folder, "bad.xlsx"));

        Assert.True(result.Outcome == LoadOutcome.Rejected, what);
        var problem = Assert.Single(result.Problems!, p => p.Kind == kind);
        Assert.Equal((sheet, cell), (problem.Sheet, problem.Cell));
        if (value is not null)
        {
            Assert.Contains(value, problem.Value ?? problem.Expected, StringComparison.Ordinal);
        }

        Assert.Equal(before, await harness.FiguresAsync());
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_unit_that_did_not_exist_in_the_quarter_is_rejected(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine, FixedTime.At(2022, 2, 1));

        var result = await harness.LoadOneAsync(new ReturnBuilder("100000000", "2021Q4", isRegion: true).WriteTo(harness.Folder));

        var problem = Assert.Single(result.Problems!);
        Assert.Equal((ProblemKind.UnitNotValidInQuarter, "C2", "100000000"), (problem.Kind, problem.Cell, problem.Value));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_region_return_without_its_consolidated_sheet_is_rejected(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var region = new ReturnBuilder("100000000", isRegion: true);
        var path = Path.Combine(harness.Folder, "region.xlsx");
        Etl.Workbooks.XlsxWriter.Write(path, region.Sheets().Where(s => s.Name != "consolidated"));

        var result = await harness.LoadOneAsync(path);

        Assert.Equal(ProblemKind.ConsolidatedMissing, Assert.Single(result.Problems!).Kind);
    }

    public static TheoryData<string, ProblemKind> UnreadableFiles => new()
    {
        { "garbage", ProblemKind.NotAWorkbook },
        { "truncated", ProblemKind.NotAWorkbook },
        { "sheet cut short", ProblemKind.NotAWorkbook },
        { "compound file header and nothing else", ProblemKind.NotAWorkbook },
        { "101000000_2026Q2.encrypted.xlsx", ProblemKind.Encrypted },
        { "101000000_2026Q2.xls", ProblemKind.OldExcelFormat },
        { "covering-letter.doc", ProblemKind.NotAWorkbook },
    };

    [Theory, SqliteEngine(nameof(UnreadableFiles)), SqlServerEngine(nameof(UnreadableFiles))]
    public async Task A_file_that_is_not_a_readable_workbook_is_rejected_and_nothing_changes(string damage, ProblemKind kind, WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        Assert.Equal(LoadOutcome.Loaded, (await harness.LoadOneAsync(new ReturnBuilder("101800000").WriteTo(harness.Folder))).Outcome);
        var before = await harness.FiguresAsync();
        var good = File.ReadAllBytes(new ReturnBuilder().WriteTo(harness.Folder, "good.xlsx"));
        byte[] bytes = damage switch
        {
            "garbage" => [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 7))],
            "truncated" => good[..(good.Length / 2)],
            "sheet cut short" => WorkbookDamage.LargestSheetCutShort(good),
            "compound file header and nothing else" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[4096]],

            // Real files from other programs (see Fixtures/README.md), here named .xlsx: what they
            // are is told by what their compound file holds, not by their name.
            _ => Fixtures.Bytes(damage),
        };
        var path = Path.Combine(harness.Folder, "damaged.xlsx");
        File.WriteAllBytes(path, bytes);

        var result = await harness.LoadOneAsync(path);

        Assert.Equal(kind, Assert.Single(result.Problems!).Kind);
        Assert.Equal(before, await harness.FiguresAsync());
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_file_over_the_size_limit_is_rejected_before_it_is_read(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var path = new ReturnBuilder().WriteTo(harness.Folder);

        var report = await harness.LoadAsync(new LoadOptions { Limits = new() { MaxFileBytes = 1000 } }, path);

        var problem = Assert.Single(Assert.Single(report.Results).Problems!);
        Assert.Equal((ProblemKind.FileTooLarge, "1000"), (problem.Kind, problem.Expected));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Every_problem_of_a_file_is_reported_not_just_the_first(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var path = new ReturnBuilder().Cell("subjects", "C3", -1).Cell("programmes", "G4", "many").Cell("practices", "A3", "idea").WriteTo(harness.Folder);

        var result = await harness.LoadOneAsync(path);

        Assert.Equal(["practices!A3", "programmes!G4", "subjects!C3"], result.Problems!.Select(p => $"{p.Sheet}!{p.Cell}").Order());
    }

    [Theory]
    [InlineData(Language.Kk, "теріс сан", "Табылғаны")]
    [InlineData(Language.Ru, "отрицательное число", "Число должно быть 0 или больше")]
    [InlineData(Language.En, "a negative number", "The number must be 0 or more")]
    public void Messages_name_file_sheet_cell_and_field_and_say_the_fix_in_each_language(Language language, string problem, string fix)
    {
        var text = Messages.Describe("semey.xlsx", new Problem(ProblemKind.Negative, "subjects", "C4", "subjects", "-5"), language);

        Assert.StartsWith("semey.xlsx › subjects!C4 [subjects «", text, StringComparison.Ordinal);
        Assert.Contains(problem, text, StringComparison.Ordinal);
        Assert.Contains("-5", text, StringComparison.Ordinal);
        if (language != Language.Kk)
        {
            Assert.Contains(fix, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_problem_kind_has_a_message_and_a_fix_in_all_three_languages()
    {
        foreach (var kind in Enum.GetValues<ProblemKind>())
        {
            var texts = Enum.GetValues<Language>().Select(l => Messages.Describe("f.xlsx", new Problem(kind, "s", "A1", null, "v", "e"), l)).ToList();
            Assert.Equal(3, texts.Distinct().Count());
            Assert.All(texts, t => Assert.DoesNotContain("{", t, StringComparison.Ordinal));
        }
    }
}
