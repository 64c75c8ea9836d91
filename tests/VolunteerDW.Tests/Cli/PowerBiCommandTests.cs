using System.Text.Json;
using VolunteerDW.Tests.Support;

namespace VolunteerDW.Tests.Cli;

/// <summary><c>vdw powerbi</c>, run in-process; no server is contacted.</summary>
public sealed class PowerBiCommandTests : IDisposable
{
    private const string Warehouse = "Server=tcp:dw.example.kz,1433;Database=VolunteerDW;Integrated Security=true";

    private readonly string _folder = Directory.CreateTempSubdirectory("vdw-powerbi-").FullName;

    [Theory]
    [InlineData(null, "DirectQuery")]
    [InlineData("directquery", "DirectQuery")]
    [InlineData("import", "Import")]
    public async Task Writes_a_pbids_file_for_the_SQL_Server_warehouse_in_the_chosen_mode(string? mode, string expectedMode)
    {
        var path = Path.Combine(_folder, "volunteerdw.pbids");
        string[] args = ["powerbi", "--engine", "sqlserver", "--connection", Warehouse, "--out", path];

        var run = await CliRun.ExecuteAsync(mode is null ? args : [.. args, "--mode", mode]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(path, run.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        var root = json.RootElement;
        Assert.Equal("0.1", root.GetProperty("version").GetString());
        var connection = Assert.Single(root.GetProperty("connections").EnumerateArray());
        var details = connection.GetProperty("details");
        Assert.Equal("tds", details.GetProperty("protocol").GetString());
        Assert.Equal("dw.example.kz,1433", details.GetProperty("address").GetProperty("server").GetString());
        Assert.Equal("VolunteerDW", details.GetProperty("address").GetProperty("database").GetString());
        Assert.Equal(expectedMode, connection.GetProperty("mode").GetString());
    }

    [Fact]
    public async Task Writes_no_credentials_from_the_connection_string()
    {
        var path = Path.Combine(_folder, "volunteerdw.pbids");

        var run = await CliRun.ExecuteAsync("powerbi", "--engine", "sqlserver", "--connection",
            "Server=dw.example.kz;Database=VolunteerDW;User Id=vdw_reader;Password=S3cret!", "--out", path);

        Assert.Equal(0, run.ExitCode);
        var text = await File.ReadAllTextAsync(path);
        Assert.Contains("dw.example.kz", text, StringComparison.Ordinal);
        Assert.DoesNotContain("vdw_reader", text, StringComparison.Ordinal);
        Assert.DoesNotContain("S3cret", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_the_SQLite_warehouse_with_the_fix_and_writes_nothing()
    {
        var path = Path.Combine(_folder, "volunteerdw.pbids");

        var run = await CliRun.ExecuteAsync("powerbi", "--engine", "sqlite", "--connection", Path.Combine(_folder, "warehouse.db"), "--out", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Power BI connects to the SQL Server warehouse", run.Error, StringComparison.Ordinal);
        Assert.Contains("--engine sqlserver --connection", run.Error, StringComparison.Ordinal);
        Assert.Contains("VDW_ENGINE", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task Refuses_a_connection_string_without_a_database()
    {
        var path = Path.Combine(_folder, "volunteerdw.pbids");

        var run = await CliRun.ExecuteAsync("powerbi", "--engine", "sqlserver", "--connection", "Server=tcp:dw.example.kz,1433;Integrated Security=true", "--out", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("names no database", run.Error, StringComparison.Ordinal);
        Assert.Contains("Database=", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Has_help_naming_both_modes_and_the_default_file()
    {
        var run = await CliRun.ExecuteAsync("powerbi", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--mode", run.Output, StringComparison.Ordinal);
        Assert.Contains("directquery|import", run.Output, StringComparison.Ordinal);
        Assert.Contains("volunteerdw.pbids", run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
