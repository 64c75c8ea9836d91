using System.Collections.Concurrent;
using System.IO.Compression;
using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Etl.Reading;
using VolunteerDW.Host.Samples;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Tests.Samples;

/// <summary>The sample tests share one run: generating takes seconds, reading it back does not.</summary>
[CollectionDefinition(Name)]
public sealed class SharedSampleRun : ICollectionFixture<SampleRun>
{
    public const string Name = "samples";
}

/// <summary>One workbook of a region's package, with the time its zip entry carries.</summary>
internal sealed record PackageEntry(string Name, DateTimeOffset Time, RawWorkbook Workbook);

/// <summary>
/// Two quarters of samples (2025Q2, 2025Q3) generated with the default seed on a migrated test
/// warehouse, with the packages read back through the product's reader on demand.
/// </summary>
public sealed class SampleRun : IAsyncLifetime
{
    public const long Seed = 20170324;

    public static readonly Quarter First = new(2025, 2);

    public static readonly Quarter Second = new(2025, 3);

    private readonly ConcurrentDictionary<string, IReadOnlyList<PackageEntry>> _packages = new(StringComparer.Ordinal);
    private TestWarehouse? _warehouse;

    public TestWarehouse Warehouse => _warehouse ?? throw new InvalidOperationException("The run has not started.");

    public string Output => Path.Combine(Warehouse.Folder, "samples");

    internal DimensionSnapshot Snapshot { get; private set; } = null!;

    internal SampleManifest Manifest { get; private set; } = null!;

    internal SampleSummary Summary { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // The samples are generated from the units and classifiers, read by the same query on
        // either engine; the generated files are then loaded on each engine (LoadedAsync).
        _warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);
        await using (var connection = await _warehouse.Connections.OpenAsync())
        {
            Snapshot = await DimensionSnapshot.LoadAsync(connection);
        }

        Summary = Generate(Output, First, Second, Seed);
        Manifest = SampleManifest.Read(Output);
    }

    public async Task DisposeAsync()
    {
        if (_warehouse is not null)
        {
            await _warehouse.DisposeAsync();
        }

        foreach (var loaded in _loaded.Values.Where(l => l.IsValueCreated))
        {
            await (await loaded.Value).Warehouse.DisposeAsync();
        }
    }

    /// <summary>The moment the loaded warehouse's reports are generated at: after both quarters' deadlines.</summary>
    public static readonly FixedTime LoadTime = FixedTime.At(2025, 12, 1);

    private readonly ConcurrentDictionary<WarehouseEngine, Lazy<Task<(TestWarehouse Warehouse, LoadReport Report)>>> _loaded = new();

    /// <summary>A second warehouse on an engine with every sample workbook loaded as received (file times), loaded once for all tests.</summary>
    public Task<(TestWarehouse Warehouse, LoadReport Report)> LoadedAsync(WarehouseEngine engine) =>
        _loaded.GetOrAdd(engine, e => new(() => LoadAsync(e))).Value;

    private async Task<(TestWarehouse, LoadReport)> LoadAsync(WarehouseEngine engine)
    {
        var warehouse = await TestWarehouse.MigratedAsync(engine);
        var report = await new SubmissionLoader(warehouse.Connections, new LoadOptions { Received = ReceivedTime.FileModified, Time = LoadTime })
            .LoadAsync([Output]);
        return (warehouse, report);
    }

    internal SampleSummary Generate(string output, Quarter from, Quarter to, long seed) =>
        new SampleGenerator(Snapshot).Generate(new SampleOptions(from, to, output, seed));

    internal QuarterManifest Quarter(Quarter quarter) => Manifest.Quarters.Single(q => q.Quarter == quarter.ToString());

    /// <summary>The regions valid at the quarter's end, with the districts they have then.</summary>
    internal IEnumerable<(UnitVersionRow Region, IReadOnlyList<UnitVersionRow> Districts)> Regions(Quarter quarter)
    {
        var day = (quarter.LastDay.Year * 10000) + (quarter.LastDay.Month * 100) + quarter.LastDay.Day;
        return Snapshot.Units.Where(u => u.Level == 1 && u.ValidOn(day))
            .Select(r => (r, (IReadOnlyList<UnitVersionRow>)[.. Snapshot.ChildrenAt(r.KatoCode, day)]));
    }

    internal string PackagePath(Quarter quarter, string regionKato) => Path.Combine(Output, quarter.ToString(), $"{regionKato}.zip");

    /// <summary>A region's package, read once: its entries in order, each read through <see cref="XlsxReader"/>.</summary>
    internal IReadOnlyList<PackageEntry> Package(Quarter quarter, string regionKato) =>
        _packages.GetOrAdd(PackagePath(quarter, regionKato), path =>
        {
            using var zip = ZipFile.OpenRead(path);
            return [.. zip.Entries.Select(entry =>
            {
                using var content = new MemoryStream();
                using (var stream = entry.Open())
                {
                    stream.CopyTo(content);
                }

                return new PackageEntry(entry.Name, entry.LastWriteTime, XlsxReader.Read(content.ToArray(), new ArchiveLimits()));
            })];
        });

    /// <summary>Every workbook of a quarter's packages.</summary>
    internal IEnumerable<PackageEntry> Workbooks(Quarter quarter) => Regions(quarter).SelectMany(r => Package(quarter, r.Region.KatoCode));

    /// <summary>A file's modification time in Kazakhstan time (UTC+5 since March 2024).</summary>
    public static DateTimeOffset Modified(string path) =>
        new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero).ToOffset(TimeSpan.FromHours(5));
}
