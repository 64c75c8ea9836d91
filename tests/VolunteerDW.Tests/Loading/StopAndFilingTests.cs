using VolunteerDW.Etl.Loading;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;

namespace VolunteerDW.Tests.Loading;

/// <summary>
/// The loader hands each file over as soon as the batch holding its returns commits, and a load
/// asked to stop ends between two submissions, keeping and reporting what it had loaded.
/// </summary>
public sealed class StopAndFilingTests
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Each_file_is_handed_over_once_its_batch_has_committed_not_at_the_end_of_the_load(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var folder = Directory.CreateDirectory(Path.Combine(harness.Folder, "returns")).FullName;
        foreach (var unit in await DistrictsAsync(harness, WriteBatch.MaxSubmissions + 1))
        {
            new ReturnBuilder(unit).WriteTo(folder);
        }

        await File.WriteAllBytesAsync(Path.Combine(folder, "zz_damaged.xlsx"), [1, 2, 3]);
        var handed = new List<(string File, LoadOutcome Outcome, long Committed)>();

        var report = await harness.LoadAsync(new LoadOptions
        {
            FileCommitted = file => handed.Add((Path.GetFileName(file.Path), file.Results.Single().Outcome, Committed(harness))),
        }, folder);

        // The clock stands still, so batches close by count alone: the first 64 files as their
        // batch commits, the last district and the damaged file when the load ends.
        Assert.Equal(report.Results.Select(r => Path.GetFileName(r.Source)), handed.Select(h => h.File));
        Assert.All(handed.Take(WriteBatch.MaxSubmissions), h => Assert.Equal(WriteBatch.MaxSubmissions, h.Committed));
        Assert.All(handed.Skip(WriteBatch.MaxSubmissions), h => Assert.Equal(WriteBatch.MaxSubmissions + 1, h.Committed));
        Assert.Equal(LoadOutcome.Rejected, handed[^1].Outcome);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_load_asked_to_stop_ends_between_two_files_keeps_what_it_loaded_and_says_it_stopped(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var folder = Directory.CreateDirectory(Path.Combine(harness.Folder, "returns")).FullName;
        foreach (var unit in new[] { "101000000", "103200000", "103400000" })
        {
            new ReturnBuilder(unit).WriteTo(folder);
        }

        using var stop = new CancellationTokenSource();
        var handed = new List<string>();
        var loader = new SubmissionLoader(harness.Warehouse.Connections, new LoadOptions
        {
            Time = harness.Time,
            FileCommitted = file => handed.Add(Path.GetFileName(file.Path)),
        });

        var report = await loader.LoadAsync([folder], new StopAfterFirstFile(stop), stop.Token);

        Assert.True(report.Stopped);
        Assert.Equal([("101000000", LoadOutcome.Loaded)], report.Results.Select(r => (r.UnitKato!, r.Outcome)));
        Assert.Equal(["101000000_2026Q2.xlsx"], handed);
        Assert.Equal(["101000000"], await harness.QueryAsync<string>("SELECT unit_kato FROM dim_submission"));
        Assert.Equal(("stopped", "stopped after 1 of 3 file(s): 1 loaded, 0 already loaded, 0 rejected; 9 fact rows"),
            (await harness.QueryAsync<(string, string)>("SELECT outcome, summary FROM etl_run")).Single());
        // Its quarter's timeliness follows the return that did load.
        Assert.True(await harness.ScalarAsync<long>("SELECT COUNT(*) FROM fact_submission_timeliness WHERE quarter_key = 20262") > 100);

        var rest = await harness.LoadAsync(folder);
        Assert.Equal([LoadOutcome.AlreadyLoaded, LoadOutcome.Loaded, LoadOutcome.Loaded], rest.Results.Select(r => r.Outcome));
    }

    private static long Committed(LoadHarness harness) =>
        harness.ScalarAsync<long>("SELECT COUNT(*) FROM dim_submission").GetAwaiter().GetResult();

    private static async Task<IEnumerable<string>> DistrictsAsync(LoadHarness harness, int count)
    {
        await using var connection = await harness.Warehouse.Connections.OpenAsync();
        var dimensions = await DimensionSnapshot.LoadAsync(connection);
        return dimensions.Units.Where(u => u.ReportingTier == 1 && u.ValidOn(20260630)).Select(u => u.KatoCode).Distinct().Order(StringComparer.Ordinal).Take(count);
    }

    // Reported synchronously by the loader after each file, so the stop lands exactly between the first and the second.
    private sealed class StopAfterFirstFile(CancellationTokenSource stop) : IProgress<(int FilesDone, int Files)>
    {
        public void Report((int FilesDone, int Files) value)
        {
            if (value.FilesDone == 1)
            {
                stop.Cancel();
            }
        }
    }
}
