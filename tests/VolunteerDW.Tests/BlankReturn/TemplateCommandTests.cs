using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.BlankReturn;

public sealed class TemplateCommandTests
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Template_writes_the_workbook_at_out_and_says_where(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        var path = Path.Combine(warehouse.Folder, "semey.xlsx");

        var run = await CliRun.ExecuteAsync(["template", "--unit", "101000000", "--quarter", "2026q3", "--out", path, .. warehouse.CliOptions]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains(path, run.Output, StringComparison.Ordinal);
        Assert.True(new FileInfo(path).Length > 0);
    }

    public static TheoryData<string, string, string> UnitsAndQuartersWithoutTemplate => new()
    {
        { "123456789", "2026Q3", "vdw: unknown unit '123456789'" },
        { "100000000", "2021Q4", "vdw: unit 100000000 (область Абай) did not exist at the end of 2021Q4 (2021-12-31): it exists from 2022-06-08." },
        { "000000000", "2026Q3", "vdw: 000000000 (Республика Казахстан) files no quarterly return" },
        { "101000000", "2026-3", "vdw: '2026-3' is not a quarter: write it like 2026Q3." },
        { "101000000", "2016Q4", "vdw: 2016Q4 is outside the warehouse's calendar" },
        { "101000000", "2041Q1", "vdw: 2041Q1 is outside the warehouse's calendar" },
    };

    [Theory, SqliteEngine(nameof(UnitsAndQuartersWithoutTemplate)), SqlServerEngine(nameof(UnitsAndQuartersWithoutTemplate))]
    public async Task A_unit_or_quarter_it_cannot_make_a_template_for_is_one_line_and_exit_2(string unit, string quarter, string message, WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        var path = Path.Combine(warehouse.Folder, "out.xlsx");

        var run = await CliRun.ExecuteAsync(["template", "--unit", unit, "--quarter", quarter, "--out", path, .. warehouse.CliOptions]);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(message, line, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task A_warehouse_that_was_never_migrated_says_to_migrate()
    {
        await using var warehouse = await TestWarehouse.EmptyAsync(WarehouseEngine.Sqlite);

        var run = await CliRun.ExecuteAsync(["template", "--unit", "101000000", "--quarter", "2026Q3",
            "--out", Path.Combine(warehouse.Folder, "out.xlsx"), .. warehouse.CliOptions]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("vdw migrate", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(warehouse.Folder));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_folder_that_does_not_exist_is_one_line_and_exit_2(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        var path = Path.Combine(warehouse.Folder, "missing", "out.xlsx");

        var run = await CliRun.ExecuteAsync(["template", "--unit", "750000000", "--quarter", "2026Q3", "--out", path, .. warehouse.CliOptions]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"vdw: cannot write {path}", run.Error, StringComparison.Ordinal);
    }
}
