using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.BlankReturn;

public sealed class TemplateCommandTests
{
    [Fact]
    public async Task Template_writes_the_workbook_at_out_and_says_where()
    {
        await using var warehouse = await TestWarehouse.MigratedAsync();
        var path = Path.Combine(warehouse.Folder, "semey.xlsx");

        var run = await CliRun.ExecuteAsync("template", "--unit", "101000000", "--quarter", "2026q3", "--out", path,
            "--connection", warehouse.Settings.ConnectionString);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains(path, run.Output, StringComparison.Ordinal);
        Assert.True(new FileInfo(path).Length > 0);
    }

    [Theory]
    [InlineData("123456789", "2026Q3", "vdw: unknown unit '123456789'")]
    [InlineData("100000000", "2021Q4", "vdw: unit 100000000 (область Абай) did not exist at the end of 2021Q4 (2021-12-31): it exists from 2022-06-08.")]
    [InlineData("000000000", "2026Q3", "vdw: 000000000 (Республика Казахстан) files no quarterly return")]
    [InlineData("101000000", "2026-3", "vdw: '2026-3' is not a quarter: write it like 2026Q3.")]
    [InlineData("101000000", "2016Q4", "vdw: 2016Q4 is outside the warehouse's calendar")]
    [InlineData("101000000", "2041Q1", "vdw: 2041Q1 is outside the warehouse's calendar")]
    public async Task A_unit_or_quarter_it_cannot_make_a_template_for_is_one_line_and_exit_2(string unit, string quarter, string message)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync();
        var path = Path.Combine(warehouse.Folder, "out.xlsx");

        var run = await CliRun.ExecuteAsync("template", "--unit", unit, "--quarter", quarter, "--out", path,
            "--connection", warehouse.Settings.ConnectionString);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(message, line, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task A_warehouse_that_was_never_migrated_says_to_migrate()
    {
        await using var warehouse = await TestWarehouse.EmptyAsync(WarehouseEngine.Sqlite);

        var run = await CliRun.ExecuteAsync("template", "--unit", "101000000", "--quarter", "2026Q3",
            "--out", Path.Combine(warehouse.Folder, "out.xlsx"), "--connection", warehouse.Settings.ConnectionString);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("vdw migrate", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(warehouse.Folder));
    }

    [Fact]
    public async Task A_folder_that_does_not_exist_is_one_line_and_exit_2()
    {
        await using var warehouse = await TestWarehouse.MigratedAsync();
        var path = Path.Combine(warehouse.Folder, "missing", "out.xlsx");

        var run = await CliRun.ExecuteAsync("template", "--unit", "750000000", "--quarter", "2026Q3", "--out", path,
            "--connection", warehouse.Settings.ConnectionString);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"vdw: cannot write {path}", run.Error, StringComparison.Ordinal);
    }
}
