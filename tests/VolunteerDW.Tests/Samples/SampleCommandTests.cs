using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Samples;

/// <summary><c>vdw sample</c> refuses what it cannot do with one clear line.</summary>
[Collection(SharedSampleRun.Name)]
public sealed class SampleCommandTests(SampleRun run)
{
    [Fact]
    public async Task A_range_backwards_or_a_quarter_that_is_not_one_is_refused()
    {
        var none = Path.Combine(run.Warehouse.Folder, "none");

        var backwards = await CliRun.ExecuteAsync("sample", "--from", "2026Q2", "--to", "2024Q1", "--out", none,
            "--connection", run.Warehouse.Settings.ConnectionString);
        var notAQuarter = await CliRun.ExecuteAsync("sample", "--from", "2024Q5");

        Assert.Equal(2, backwards.ExitCode);
        Assert.Equal("vdw: the range 2026Q2–2024Q1 runs backwards: --from must not be after --to.", backwards.Error.Trim());
        Assert.False(Directory.Exists(none));
        Assert.NotEqual(0, notAQuarter.ExitCode);
        Assert.Contains("'2024Q5' is not a quarter", notAQuarter.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_output_folder_that_cannot_be_written_is_one_line_naming_it()
    {
        var file = Path.Combine(run.Warehouse.Folder, "a-file");
        await File.WriteAllTextAsync(file, "not a folder");

        var result = await CliRun.ExecuteAsync("sample", "--from", "2025Q1", "--to", "2025Q1", "--out", file,
            "--connection", run.Warehouse.Settings.ConnectionString);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"vdw: cannot write the samples to {file}: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_warehouse_that_was_never_migrated_is_refused_before_anything_is_written()
    {
        await using var empty = await TestWarehouse.EmptyAsync(WarehouseEngine.Sqlite);
        var output = Path.Combine(empty.Folder, "samples");

        var result = await CliRun.ExecuteAsync("sample", "--out", output, "--connection", empty.Settings.ConnectionString);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("vdw migrate", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }
}
