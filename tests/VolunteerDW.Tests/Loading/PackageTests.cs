using VolunteerDW.Etl.Loading;
using VolunteerDW.Etl.Problems;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Loading;

/// <summary>A region's package: its own return and its districts', in one zip, opened defensively.</summary>
public sealed class PackageTests
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_regions_package_loads_its_own_return_and_each_districts(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var package = ZipBuilder.Write(Path.Combine(harness.Folder, "100000000.zip"),
            ("100000000.xlsx", Bytes(harness, new ReturnBuilder("100000000", isRegion: true))),
            ("101000000.xlsx", Bytes(harness, new ReturnBuilder("101000000"))),
            ("districts/103200000.xlsx", Bytes(harness, new ReturnBuilder("103200000"))),
            ("notes.txt", "sent by the region"u8.ToArray()));

        var report = await harness.LoadAsync(package);

        Assert.Equal(3, report.Count(LoadOutcome.Loaded));
        Assert.Equal("100000000.zip › districts/103200000.xlsx", report.Results[2].Name);
        Assert.Equal(["100000000.zip"], (await harness.QueryAsync<string>("SELECT DISTINCT package_name FROM dim_submission")));
        Assert.Equal(2, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM dim_submission WHERE tier = 1"));
    }

    public static TheoryData<string, ProblemKind> HostileEntries() => new()
    {
        { "../../etc/cron.d/x.xlsx", ProblemKind.ArchiveUnsafePath },
        { "/tmp/x.xlsx", ProblemKind.ArchiveUnsafePath },
        { "C:/Windows/x.xlsx", ProblemKind.ArchiveUnsafePath },
        { "inner.zip", ProblemKind.ArchiveNested },
    };

    [Theory, SqliteEngine(nameof(HostileEntries)), SqlServerEngine(nameof(HostileEntries))]
    public async Task A_package_with_a_hostile_entry_is_rejected_whole_and_nothing_changes(string entry, ProblemKind kind, WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        Assert.Equal(LoadOutcome.Loaded, (await harness.LoadOneAsync(new ReturnBuilder("101800000").WriteTo(harness.Folder))).Outcome);
        var before = await harness.FiguresAsync();
        var package = ZipBuilder.Write(Path.Combine(harness.Folder, "package.zip"),
            ("101000000.xlsx", Bytes(harness, new ReturnBuilder("101000000"))),
            (entry, Bytes(harness, new ReturnBuilder("103200000"))));

        var result = await harness.LoadOneAsync(package);

        Assert.Equal(LoadOutcome.Rejected, result.Outcome);
        Assert.Equal("package.zip", result.Name);
        var problem = Assert.Single(result.Problems!);
        Assert.Equal((kind, entry), (problem.Kind, problem.Value));
        Assert.Equal(before, await harness.FiguresAsync());
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_zip_bomb_is_rejected_by_its_compression_ratio_before_it_is_inflated(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var before = await harness.FiguresAsync();
        var package = ZipBuilder.Write(Path.Combine(harness.Folder, "bomb.zip"), ("101000000.xlsx", new byte[64 * 1024 * 1024]));

        var result = await harness.LoadOneAsync(package);

        Assert.Equal(ProblemKind.ArchiveRatio, Assert.Single(result.Problems!).Kind);
        Assert.Equal(before, await harness.FiguresAsync());
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Inflated_sizes_are_counted_while_reading_not_taken_from_the_archive(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var noise = new byte[300_000];
        new Random(7).NextBytes(noise);
        var package = ZipBuilder.Write(Path.Combine(harness.Folder, "big.zip"), ("101000000.xlsx", noise));

        var report = await harness.LoadAsync(new LoadOptions { Limits = new() { MaxFileBytes = 200_000 } }, package);

        Assert.Equal(ProblemKind.FileTooLarge, Assert.Single(Assert.Single(report.Results).Problems!).Kind);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_workbook_whose_own_content_would_inflate_too_far_is_rejected(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var path = new ReturnBuilder().WriteTo(harness.Folder);

        var report = await harness.LoadAsync(new LoadOptions { Limits = new() { MaxUncompressedBytes = 2_000 } }, path);

        Assert.Equal(ProblemKind.ArchiveTooLarge, Assert.Single(Assert.Single(report.Results).Problems!).Kind);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Too_many_entries_reject_the_package(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var entries = Enumerable.Range(0, 6).Select(i => ($"{i}.xlsx", new byte[] { 1 })).ToArray();
        var package = ZipBuilder.Write(Path.Combine(harness.Folder, "many.zip"), entries);

        var report = await harness.LoadAsync(new LoadOptions { Limits = new() { MaxEntries = 5 } }, package);

        Assert.Equal(ProblemKind.ArchiveTooManyEntries, Assert.Single(Assert.Single(report.Results).Problems!).Kind);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_package_without_a_workbook_is_rejected_rather_than_passed_over(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var package = ZipBuilder.Write(Path.Combine(harness.Folder, "letters.zip"), ("covering-letter.docx", [1, 2, 3]), ("__MACOSX/._x.xlsx", [1]));

        var result = await harness.LoadOneAsync(package);

        Assert.Equal((LoadOutcome.Rejected, "letters.zip"), (result.Outcome, result.Name));
        Assert.Equal(ProblemKind.ArchiveEmpty, Assert.Single(result.Problems!).Kind);
    }

    // What Excel writes into "~$<name>" while the workbook is open: the user's name, in a few bytes.
    private static readonly byte[] LockFile = [0x05, .. "Aigul"u8, .. new byte[48]];

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Excels_lock_file_in_a_package_is_skipped_by_name_and_the_package_still_loads(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var package = ZipBuilder.Write(Path.Combine(harness.Folder, "100000000.zip"),
            ("101000000.xlsx", Bytes(harness, new ReturnBuilder("101000000"))),
            ("~$101000000.xlsx", LockFile));

        var report = await harness.LoadAsync(package);

        Assert.Equal(
            [(LoadOutcome.Loaded, "100000000.zip › 101000000.xlsx"), (LoadOutcome.Skipped, "100000000.zip › ~$101000000.xlsx")],
            report.Results.Select(r => (r.Outcome, r.Name)));
        Assert.Equal(ProblemKind.ExcelLockFile, Assert.Single(report.Results[1].Problems!).Kind);
        Assert.True(report.AllAccepted);
        Assert.Equal(1, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM dim_submission"));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_package_holding_only_a_lock_file_loads_nothing_and_is_not_called_damaged(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        await harness.LoadOneAsync(new ReturnBuilder("102400000").WriteTo(harness.Folder));
        var before = await harness.FiguresAsync();
        var package = ZipBuilder.Write(Path.Combine(harness.Folder, "100000000.zip"), ("~$101000000.xlsx", LockFile), ("letter.txt", [1]));

        var result = await harness.LoadOneAsync(package);

        Assert.Equal((LoadOutcome.Skipped, "100000000.zip › ~$101000000.xlsx"), (result.Outcome, result.Name));
        Assert.Equal(ProblemKind.ExcelLockFile, Assert.Single(result.Problems!).Kind);
        Assert.Equal(before, await harness.FiguresAsync());
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task An_old_xls_workbook_renamed_xlsx_inside_a_package_is_rejected_as_one_by_its_content_alone(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var package = ZipBuilder.Write(Path.Combine(harness.Folder, "100000000.zip"),
            ("103200000.xlsx", Bytes(harness, new ReturnBuilder("103200000"))),
            ("101000000.xlsx", Fixtures.Bytes("101000000_2026Q2.xls")));

        var report = await harness.LoadAsync(package);

        Assert.Equal(
            [(LoadOutcome.Loaded, "100000000.zip › 103200000.xlsx", null), (LoadOutcome.Rejected, "100000000.zip › 101000000.xlsx", ProblemKind.OldExcelFormat)],
            report.Results.Select(r => (r.Outcome, r.Name, r.Problems?.Single().Kind)));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_bad_workbook_inside_a_package_is_rejected_alone(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var package = ZipBuilder.Write(Path.Combine(harness.Folder, "mixed.zip"),
            ("101000000.xlsx", Bytes(harness, new ReturnBuilder("101000000"))),
            ("103200000.xlsx", Bytes(harness, new ReturnBuilder("103200000").Cell("subjects", "C3", -1))));

        var report = await harness.LoadAsync(package);

        Assert.Equal([LoadOutcome.Loaded, LoadOutcome.Rejected], report.Results.Select(r => r.Outcome));
        Assert.Equal("mixed.zip › 103200000.xlsx", report.Results[1].Name);
    }

    private static byte[] Bytes(LoadHarness harness, ReturnBuilder builder) =>
        File.ReadAllBytes(builder.WriteTo(harness.Folder, $"{Guid.NewGuid():N}.xlsx"));
}
