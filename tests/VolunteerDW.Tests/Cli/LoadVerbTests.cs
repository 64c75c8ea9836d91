using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Cli;

public sealed class LoadVerbTests
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Load_prints_a_row_per_workbook_and_a_summary_and_exits_zero_when_all_are_accepted(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        var path = new ReturnBuilder().WriteTo(warehouse.Folder);

        var first = await CliRun.ExecuteAsync(["load", path, "--lang", "en", .. warehouse.CliOptions]);
        var second = await CliRun.ExecuteAsync(["load", path, "--lang", "en", .. warehouse.CliOptions]);

        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"loaded\s+101000000\s+2026Q2\s+v1\s+9\s+0\s+101000000_2026Q2.xlsx", first.Output);
        Assert.Contains("1 workbook(s): 1 loaded, 0 already loaded, 0 rejected; 9 fact rows", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Matches(@"already loaded\s+101000000\s+2026Q2\s+v1", second.Output);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_rejected_file_is_explained_in_the_chosen_language_and_the_exit_code_is_one(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        var path = new ReturnBuilder().Cell("subjects", "C3", -4).WriteTo(warehouse.Folder, "bad.xlsx");

        var run = await CliRun.ExecuteAsync(["load", path, "--lang", "kk", .. warehouse.CliOptions]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ҚАБЫЛДАНБАДЫ", run.Output, StringComparison.Ordinal);
        Assert.Contains("bad.xlsx › subjects!C3 [subjects «Субъектілер саны»]: теріс сан: -4.", run.Output, StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Quiet_prints_only_rejected_files_and_the_summary(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        var good = new ReturnBuilder().WriteTo(warehouse.Folder);
        var bad = new ReturnBuilder("102400000").Cell("subjects", "A3", "robot").WriteTo(warehouse.Folder, "bad.xlsx");

        var run = await CliRun.ExecuteAsync(["load", good, bad, "--quiet", "--lang", "en", .. warehouse.CliOptions]);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("101000000_2026Q2.xlsx", run.Output, StringComparison.Ordinal);
        Assert.Contains("REJECTED", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 loaded, 0 already loaded, 1 rejected", run.Output, StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_skipped_package_entry_is_listed_with_why_and_does_not_fail_the_load(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        var workbook = File.ReadAllBytes(new ReturnBuilder().WriteTo(warehouse.Folder));
        var package = ZipBuilder.Write(Path.Combine(warehouse.Folder, "100000000.zip"), ("101000000.xlsx", workbook), ("~$101000000.xlsx", [5, 65, 105, 103, 117, 108]));

        var run = await CliRun.ExecuteAsync(["load", package, "--quiet", "--lang", "ru", .. warehouse.CliOptions]);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"пропущен\s+100000000.zip › ~\$101000000.xlsx\n", run.Output);
        Assert.Contains("    100000000.zip › ~$101000000.xlsx: это служебный файл блокировки, который Excel создаёт, пока книга открыта (~$…), а не отчёт. "
            + "Исправлять нечего: отчёт — это файл с тем же именем без ~$. Перед архивацией закройте книги в Excel.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Summary: 1 workbook(s): 1 loaded, 0 already loaded, 0 rejected; 1 skipped; 9 fact rows", run.Output, StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_folder_holding_only_spreadsheets_in_other_formats_lists_each_with_its_fix_changes_nothing_and_exits_one(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        var folder = Directory.CreateDirectory(Path.Combine(warehouse.Folder, "returns")).FullName;
        new ReturnBuilder("101000000").WriteTo(folder, "101000000.xls");
        File.WriteAllText(Path.Combine(folder, "102400000.csv"), "subject_type;activity_type;subjects\nvolunteer;environment;12\n");
        new ReturnBuilder("103200000").WriteTo(folder, "103200000.xlsm");
        File.WriteAllText(Path.Combine(folder, "readme.txt"), "Returns for 2026 Q2");
        var before = await FiguresAsync(warehouse);

        var run = await CliRun.ExecuteAsync(["load", folder, "--lang", "en", .. warehouse.CliOptions]);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"skipped\s+101000000.xls\n", run.Output);
        Assert.Contains("    101000000.xls: the file is in the old Excel 97–2003 format (.xls). "
            + "Open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx).\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("    102400000.csv: the file is a CSV text table (.csv), which cannot hold the return's sheets. "
            + "Fill in the return's template (vdw template) and save it as an Excel Workbook (.xlsx).\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("    103200000.xlsm: the file is a macro-enabled Excel workbook (.xlsm); files with macros are not accepted. "
            + "Open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx).\n", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("readme.txt", run.Output, StringComparison.Ordinal);
        Assert.Contains("Nothing loadable was found: not one .xlsx workbook.\nSummary: 0 workbook(s): 0 loaded, 0 already loaded, 0 rejected; 3 skipped; 0 fact rows",
            run.Output, StringComparison.Ordinal);
        Assert.Equal(before, await FiguresAsync(warehouse));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_linked_folder_is_listed_as_not_followed_with_what_to_do(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        var elsewhere = Directory.CreateDirectory(Path.Combine(warehouse.Folder, "elsewhere")).FullName;
        new ReturnBuilder("102400000").WriteTo(elsewhere);
        var folder = Directory.CreateDirectory(Path.Combine(warehouse.Folder, "returns")).FullName;
        new ReturnBuilder().WriteTo(folder);
        Directory.CreateSymbolicLink(Path.Combine(folder, "districts"), elsewhere);

        var run = await CliRun.ExecuteAsync(["load", folder, "--lang", "en", .. warehouse.CliOptions]);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"skipped\s+districts\n    districts: a link to another folder, not followed. Copy the files in.\n", run.Output);
        Assert.Contains("Summary: 1 workbook(s): 1 loaded, 0 already loaded, 0 rejected; 1 skipped; 9 fact rows", run.Output, StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task An_empty_folder_says_nothing_loadable_was_found_and_exits_one(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        var folder = Directory.CreateDirectory(Path.Combine(warehouse.Folder, "returns")).FullName;

        var run = await CliRun.ExecuteAsync(["load", folder, "--lang", "kk", .. warehouse.CliOptions]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Жүктеуге болатын ештеңе табылмады: бірде-бір .xlsx жұмыс кітабы жоқ.\nSummary: 0 workbook(s): 0 loaded, 0 already loaded, 0 rejected; 0 fact rows",
            run.Output, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadOptionValues => new()
    {
        { "--received", "yesterday-ish", "is not a time" },
        { "--lang", "fr", "Unknown language 'fr'" },
    };

    [Theory, SqliteEngine(nameof(BadOptionValues)), SqlServerEngine(nameof(BadOptionValues))]
    public async Task A_bad_option_value_is_one_clear_line_and_exit_code_two(string option, string value, string message, WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        var path = new ReturnBuilder().WriteTo(warehouse.Folder);

        var run = await CliRun.ExecuteAsync(["load", path, option, value, .. warehouse.CliOptions]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Loading_into_a_warehouse_that_was_never_migrated_says_to_migrate(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.EmptyAsync(engine);
        if (engine == WarehouseEngine.Sqlite)
        {
            // A file that exists but holds nothing, as the server's database exists with no tables.
            File.WriteAllBytes(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(warehouse.Settings.ConnectionString).DataSource, []);
        }

        var run = await CliRun.ExecuteAsync(["load", new ReturnBuilder().WriteTo(warehouse.Folder), .. warehouse.CliOptions]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("run `vdw migrate` first", run.Error, StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_path_that_does_not_exist_is_a_clear_error(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);

        var run = await CliRun.ExecuteAsync(["load", Path.Combine(warehouse.Folder, "nowhere"), .. warehouse.CliOptions]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("No such file or folder", run.Error, StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Check_for_a_quarter_lists_completeness_the_missing_units_and_reconciliation_differences(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        var semey = new ReturnBuilder("101000000");
        var region = new ReturnBuilder("100000000", isRegion: true);
        region.Consolidated[0] = region.Consolidated[0] with { Subjects = 999 };
        await CliRun.ExecuteAsync(["load", semey.WriteTo(warehouse.Folder), region.WriteTo(warehouse.Folder),
            "--received", "2026-07-09T11:00", .. warehouse.CliOptions]);

        var run = await CliRun.ExecuteAsync(["check", "--quarter", "2026Q2", "--lang", "ru", .. warehouse.CliOptions]);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"tier 1 units\s+220\s+1\s+1\s+0\s+219\s+0", run.Output);
        Assert.Matches(@"tier 2 regions\s+20\s+1\s+1\s+0\s+19\s+0", run.Output);
        Assert.Contains("Missing: 238", run.Output, StringComparison.Ordinal);
        Assert.Contains("tier 1  101800000 Курчатов Г.А. (область Абай)  deadline 2026-07-05", run.Output, StringComparison.Ordinal);
        Assert.Contains("100000000 область Абай: volunteer / social_assistance, subjects: claimed 999, sum of its units 240", run.Output, StringComparison.Ordinal);
    }

    private static async Task<WarehouseFigures> FiguresAsync(TestWarehouse warehouse)
    {
        await using var connection = await warehouse.Connections.OpenAsync();
        return await WarehouseFigures.ReadAsync(connection);
    }
}
