using VolunteerDW.Etl.Loading;
using VolunteerDW.Etl.Problems;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Loading;

/// <summary>
/// Files that are not loaded anywhere are skipped alike — named, found in a folder or packed — each
/// saying why, and change nothing. Each holds a valid return, so only its name keeps it out.
/// </summary>
public sealed class SkippedFileTests
{
    public static TheoryData<string, ProblemKind, string?> NamedFiles() => new()
    {
        { "101000000.xls", ProblemKind.OldExcelFormat, null },
        { "101000000.xlsm", ProblemKind.MacroEnabledWorkbook, null },
        { "101000000.csv", ProblemKind.CsvFile, null },
        { "101000000.ods", ProblemKind.OtherSpreadsheetFormat, ".ods" },
        { "~$101000000.xlsx", ProblemKind.ExcelLockFile, null },
        { "covering-letter.pdf", ProblemKind.NotASubmissionFile, null },
    };

    [Theory, SqliteEngine(nameof(NamedFiles)), SqlServerEngine(nameof(NamedFiles))]
    public async Task A_named_file_that_cannot_be_loaded_is_skipped_unread_with_why_and_nothing_changes(string name, ProblemKind kind, string? value, WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        await harness.LoadOneAsync(new ReturnBuilder("102400000").WriteTo(harness.Folder));
        var before = await harness.FiguresAsync();

        var result = await harness.LoadOneAsync(new ReturnBuilder().WriteTo(harness.Folder, name));

        Assert.Equal((LoadOutcome.Skipped, name), (result.Outcome, result.Name));
        var reason = Assert.Single(result.Problems!);
        Assert.Equal((kind, value), (reason.Kind, reason.Value));
        Assert.Equal(before, await harness.FiguresAsync());
    }

    public static TheoryData<string> MacroWorkbookPlaces => new()
    {
        "named",
        "in a folder",
        "in a package",
    };

    [Theory, SqliteEngine(nameof(MacroWorkbookPlaces)), SqlServerEngine(nameof(MacroWorkbookPlaces))]
    public async Task A_macro_enabled_workbook_is_skipped_alike_named_found_in_a_folder_or_packed(string place, WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var folder = Directory.CreateDirectory(Path.Combine(harness.Folder, "returns")).FullName;
        var file = new ReturnBuilder().WriteTo(folder, "101000000.xlsm");
        var before = await harness.FiguresAsync();
        var (path, name) = place switch
        {
            "named" => (file, "101000000.xlsm"),
            "in a folder" => (folder, "101000000.xlsm"),
            _ => (ZipBuilder.Write(Path.Combine(harness.Folder, "100000000.zip"), ("101000000.xlsm", File.ReadAllBytes(file))), "100000000.zip › 101000000.xlsm"),
        };

        var result = await harness.LoadOneAsync(path);

        Assert.Equal((LoadOutcome.Skipped, name, ProblemKind.MacroEnabledWorkbook), (result.Outcome, result.Name, Assert.Single(result.Problems!).Kind));
        Assert.Equal(before, await harness.FiguresAsync());
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_macro_enabled_workbook_renamed_xlsx_is_rejected_as_macro_enabled(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var before = await harness.FiguresAsync();
        var path = Path.Combine(harness.Folder, "101000000.xlsx");
        File.WriteAllBytes(path, WorkbookDamage.MacroEnabled(File.ReadAllBytes(new ReturnBuilder().WriteTo(harness.Folder, "source.xlsx"))));

        var result = await harness.LoadOneAsync(path);

        Assert.Equal((LoadOutcome.Rejected, ProblemKind.MacroEnabledWorkbook), (result.Outcome, Assert.Single(result.Problems!).Kind));
        Assert.Equal(before, await harness.FiguresAsync());
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_folder_lists_what_it_cannot_load_as_skipped_and_ignores_letters_and_hidden_and_system_files(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var folder = Directory.CreateDirectory(Path.Combine(harness.Folder, "returns")).FullName;
        new ReturnBuilder().WriteTo(folder, "101000000.xlsx");
        new ReturnBuilder("102400000").WriteTo(Directory.CreateDirectory(Path.Combine(folder, "2026Q2")).FullName, "102400000.xls");
        File.WriteAllBytes(Path.Combine(folder, "2026Q2", "~$101000000.xlsx"), [5, 65]);
        File.WriteAllBytes(Path.Combine(folder, "2026Q2", "covering-letter.pdf"), [1]);
        File.WriteAllBytes(Path.Combine(folder, ".DS_Store"), [1]);
        File.WriteAllBytes(Path.Combine(folder, "Thumbs.db"), [1]);
        new ReturnBuilder("103200000").WriteTo(Directory.CreateDirectory(Path.Combine(folder, ".stversions")).FullName, "103200000.xlsx");

        var report = await harness.LoadAsync(folder);

        Assert.Equal(
            [("101000000.xlsx", LoadOutcome.Loaded, null), ("2026Q2/102400000.xls", LoadOutcome.Skipped, ProblemKind.OldExcelFormat),
                ("2026Q2/~$101000000.xlsx", LoadOutcome.Skipped, ProblemKind.ExcelLockFile)],
            report.Results.Select(r => (r.Name, r.Outcome, r.Problems?.Single().Kind)));
        Assert.Equal(["101000000"], await harness.QueryAsync<string>("SELECT unit_kato FROM dim_submission"));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_symbolic_link_loop_in_a_folder_is_not_followed_and_is_listed_as_skipped(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var folder = Directory.CreateDirectory(Path.Combine(harness.Folder, "returns")).FullName;
        new ReturnBuilder().WriteTo(folder, "101000000.xlsx");
        Directory.CreateSymbolicLink(Path.Combine(folder, "again"), folder);

        var report = await harness.LoadAsync(folder);

        Assert.Equal([("101000000.xlsx", LoadOutcome.Loaded, null), ("again", LoadOutcome.Skipped, ProblemKind.LinkedFolder)],
            report.Results.Select(r => (r.Name, r.Outcome, r.Problems?.Single().Kind)));
        Assert.Equal(1, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM dim_submission"));
    }
}
