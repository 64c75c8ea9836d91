using Dapper;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Cli;

public sealed class WarehouseVerbTests
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Migrate_prints_what_it_applied_and_a_second_run_applies_nothing(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.EmptyAsync(engine);

        var first = await CliRun.ExecuteAsync(["migrate", .. warehouse.CliOptions]);
        var second = await CliRun.ExecuteAsync(["migrate", .. warehouse.CliOptions]);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("applied  0001_calendar.sql", first.Output, StringComparison.Ordinal);
        Assert.Contains("applied  0003_reference_data", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.DoesNotContain("applied ", second.Output, StringComparison.Ordinal);
        Assert.Contains("Nothing to apply", second.Output, StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Check_prints_every_data_test_with_pass_and_exits_zero_on_a_sound_warehouse(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);

        var run = await CliRun.ExecuteAsync(["check", .. warehouse.CliOptions]);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"PASS\s+region_parent_valid", run.Output);
        Assert.Matches(@"PASS\s+unique_dim_region_region_sk", run.Output);
        Assert.Matches(@"\d+ passed, 0 failed", run.Output);
        Assert.DoesNotContain("FAIL", run.Output, StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Check_reports_a_failing_data_test_with_examples_and_exits_one(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        await using (var connection = await warehouse.Connections.OpenAsync())
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO dim_region (kato_code, parent_kato_code, level, unit_kind, reporting_tier, name_kk, name_ru,
                                        valid_from_key, valid_to_key, is_current)
                VALUES ('101000000', '630000000', 2, 'city_regional', 1, 'Семей', 'Семей', 20200101, 20201231, 0)
                """);
        }

        var run = await CliRun.ExecuteAsync(["check", .. warehouse.CliOptions]);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"FAIL\s+region_no_overlapping_versions", run.Output);
        Assert.Contains("kato_code=101000000", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"\d+ passed, 1 failed", run.Output);
    }

    [Fact]
    public async Task Check_on_a_warehouse_that_was_never_migrated_says_to_migrate_and_creates_nothing()
    {
        await using var warehouse = await TestWarehouse.EmptyAsync(WarehouseEngine.Sqlite);

        var run = await CliRun.ExecuteAsync(["check", .. warehouse.CliOptions]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("vdw migrate", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(warehouse.Folder));
    }

    [Theory]
    [InlineData("migrate")]
    [InlineData("check")]
    [InlineData("template")]
    [InlineData("sample")]
    [InlineData("load")]
    public async Task Every_verb_has_help(string verb)
    {
        var run = await CliRun.ExecuteAsync(verb, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches($@"Usage:\s+\S+ {verb}\b.*\[options\]", run.Output);
        Assert.Contains("--engine", run.Output, StringComparison.Ordinal);
        Assert.Contains("--connection", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_is_one_line_naming_the_engine_without_a_stack_trace()
    {
        var run = await CliRun.ExecuteAsync("migrate", "--engine", "sqlserver", "--connection",
            "Server=tcp:127.0.0.1,1;Database=vdw;Connect Timeout=2;Encrypt=false");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("vdw: Cannot open the warehouse (SQL Server tcp:127.0.0.1,1, database vdw)", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verbose_adds_the_stack_trace()
    {
        var run = await CliRun.ExecuteAsync("migrate", "--verbose", "--engine", "sqlserver", "--connection",
            "Server=tcp:127.0.0.1,1;Database=vdw;Connect Timeout=2;Encrypt=false");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_engine_is_a_clear_error()
    {
        var run = await CliRun.ExecuteAsync("check", "--engine", "oracle");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("vdw: Unknown engine 'oracle': use sqlite or sqlserver.", run.Error.Trim());
    }
}
