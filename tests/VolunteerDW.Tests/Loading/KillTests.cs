using System.Diagnostics;
using Microsoft.Data.Sqlite;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Checks;

namespace VolunteerDW.Tests.Loading;

/// <summary>A load killed half-way leaves no partial submission, and the file loads whole afterwards.</summary>
public sealed class KillTests
{
    private const int Programmes = 60_000;

    [Fact]
    public async Task A_process_killed_in_the_middle_of_a_load_leaves_nothing_of_that_submission()
    {
        await using var harness = await LoadHarness.CreateAsync();
        var builder = new ReturnBuilder();
        var template = builder.Programmes[0];
        builder.Programmes = [.. Enumerable.Range(0, Programmes).Select(i => template with { SourceRow = 3 + i, Title = $"Акция №{i}" })];
        var path = builder.WriteTo(harness.Folder);
        var database = new SqliteConnectionStringBuilder(harness.Warehouse.Settings.ConnectionString).DataSource;
        SqliteConnection.ClearAllPools();

        var killedMidTransaction = await KillWhileTheTransactionIsOpenAsync(path, harness.Warehouse.Settings.ConnectionString, $"{database}-wal");

        Assert.True(killedMidTransaction, "the load never showed an open transaction before it finished");
        Assert.Equal(0, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM dim_submission"));
        Assert.Equal(0, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM fact_programme"));
        Assert.Equal(0, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM stg_programme"));
        Assert.Equal(1, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM etl_run WHERE finished_at_utc IS NULL"));
        Assert.All(await new DataTestRunner(harness.Warehouse.Connections).RunAsync(), r => Assert.True(r.Passed, r.Test.Name));

        var again = await harness.LoadOneAsync(path);

        Assert.Equal((LoadOutcome.Loaded, 1), (again.Outcome, again.Version));
        Assert.Equal(Programmes, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM fact_programme"));
    }

    // SQLite spills a large transaction's pages to the write-ahead log before it commits; seeing the
    // log grow past what the run record alone writes means the submission's transaction is open.
    private static async Task<bool> KillWhileTheTransactionIsOpenAsync(string file, string connection, string wal)
    {
        var vdw = Path.Combine(AppContext.BaseDirectory, "vdw.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", vdw, "load", file, "--connection", connection, "--received", "2026-07-08T10:00"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var watch = Stopwatch.StartNew();
        while (!process.HasExited && watch.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (File.Exists(wal) && new FileInfo(wal).Length > 2 * 1024 * 1024)
            {
                process.Kill();
                await process.WaitForExitAsync();
                return true;
            }

            await Task.Delay(5);
        }

        return false;
    }
}
