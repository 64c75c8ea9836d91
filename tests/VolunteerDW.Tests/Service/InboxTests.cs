using VolunteerDW.Warehouse.Codes;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using VolunteerDW.Etl.Service;
using VolunteerDW.Host.Service.Inbox;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Service;

/// <summary>The inbox job on real files: what it takes, what it leaves, where each file goes and what it says.</summary>
public sealed class InboxTests
{
    // 8 July 2026, 10:00 in Kazakhstan; files "arrived" a few days before.
    private static readonly FixedTime Now = FixedTime.At(2026, 7, 8);

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task An_accepted_file_loads_as_received_when_it_was_written_and_is_archived_under_its_quarter_and_unit(WarehouseEngine engine)
    {
        await using var service = await ServiceHarness.CreateAsync(engine, Now);
        var file = Arrived(new ReturnBuilder("101000000").WriteTo(Inbox(service)), Now.Now.AddDays(-5));

        var outcome = await Process(service);

        Assert.Equal(RunOutcomes.Succeeded, outcome.Outcome);
        Assert.StartsWith("1 file(s): 1 archived (1 workbook(s) loaded", outcome.Summary, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(service.Inbox));
        var archived = Assert.Single(Directory.GetFiles(Path.Combine(service.Archive, "2026Q2", "101000000")));
        Assert.Equal("20260703-100000_101000000_2026Q2.xlsx", Path.GetFileName(archived));
        Assert.Equal(Now.Now.AddDays(-5).UtcDateTime, File.GetLastWriteTimeUtc(archived));
        var received = await Scalar<DateTime>(service, "SELECT received_at_utc FROM dim_submission");
        Assert.Equal(Now.Now.AddDays(-5).UtcDateTime, DateTime.SpecifyKind(received, DateTimeKind.Utc));
        Assert.False(File.Exists(file));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_file_copied_in_with_its_old_time_kept_counts_as_received_no_earlier_than_the_scan_before_it_appeared_whichever_node_ran_it(WarehouseEngine engine)
    {
        var clock = FixedTime.At(2026, 7, 11, 9);
        await using var service = await ServiceHarness.CreateAsync(engine, clock);
        var processor = Processor(service);
        Assert.Equal(RunOutcomes.Idle, (await processor.ProcessAsync()).Outcome);
        var lastScan = clock.Now;

        clock.Now = clock.Now.AddMinutes(5);
        Arrived(new ReturnBuilder("101000000").WriteTo(Inbox(service)), new DateTimeOffset(2026, 7, 2, 4, 0, 0, TimeSpan.Zero));
        // The next scan on another node: what the last one saw is in the warehouse.
        await Processor(service).ProcessAsync();

        var received = await Scalar<DateTime>(service, "SELECT received_at_utc FROM dim_submission");
        Assert.Equal(lastScan.UtcDateTime, DateTime.SpecifyKind(received, DateTimeKind.Utc));
        Assert.Single(Directory.GetFiles(Path.Combine(service.Archive, "2026Q2", "101000000"), "20260711-090000_*"));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_rejected_workbook_goes_to_quarantine_with_an_error_report_naming_sheet_and_cell_in_Kazakh_and_Russian(WarehouseEngine engine)
    {
        await using var service = await ServiceHarness.CreateAsync(engine, Now);
        Arrived(new ReturnBuilder("101000000").Cell("subjects", "C4", -5).WriteTo(Inbox(service)), Now.Now.AddDays(-1));

        var outcome = await Process(service);

        Assert.Equal(RunOutcomes.Succeeded, outcome.Outcome);
        Assert.Contains("1 quarantined", outcome.Summary, StringComparison.Ordinal);
        Assert.Equal(0, await Scalar<long>(service, "SELECT COUNT(*) FROM dim_submission"));
        var quarantined = Assert.Single(Directory.GetFiles(service.Quarantine, "*.xlsx"));
        Assert.Equal("20260707-100000_101000000_2026Q2.xlsx", Path.GetFileName(quarantined));
        var report = await File.ReadAllTextAsync(quarantined + ErrorReport.Suffix);
        Assert.Contains("101000000_2026Q2.xlsx › subjects!C4", report, StringComparison.Ordinal);
        Assert.Contains("Файл қабылданбады: 101000000_2026Q2.xlsx", report, StringComparison.Ordinal);
        Assert.Contains("Файл не принят: 101000000_2026Q2.xlsx", report, StringComparison.Ordinal);
        Assert.Contains("отрицательное число: -5", report, StringComparison.Ordinal);
        Assert.Contains("теріс сан: -5", report, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(service.Inbox));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_file_still_being_written_is_left_until_it_has_rested(WarehouseEngine engine)
    {
        await using var service = await ServiceHarness.CreateAsync(engine, Now, ("Service:SettleSeconds", "60"));
        var complete = File.ReadAllBytes(new ReturnBuilder("101000000").WriteTo(service.Warehouse.Folder));
        var path = Path.Combine(Inbox(service), "101000000_2026Q2.xlsx");
        await File.WriteAllBytesAsync(path, complete[..(complete.Length / 2)]);
        Arrived(path, Now.Now.AddSeconds(-10));
        Arrived(await Write(Path.Combine(Inbox(service), "102400000_2026Q2.xlsx.part"), complete), Now.Now.AddDays(-1));

        var waiting = await Process(service);

        Assert.Equal(RunOutcomes.Idle, waiting.Outcome);
        Assert.Equal("nothing new; 2 file(s) still being written", waiting.Summary);
        Assert.Equal(2, Directory.GetFiles(service.Inbox).Length);
        Assert.False(Directory.Exists(service.Quarantine));

        await File.WriteAllBytesAsync(path, complete);
        Arrived(path, Now.Now.AddSeconds(-61));
        var loaded = await Process(service);

        Assert.Equal(RunOutcomes.Succeeded, loaded.Outcome);
        Assert.Equal(1, await Scalar<long>(service, "SELECT COUNT(*) FROM dim_submission"));
        Assert.Single(Directory.GetFiles(Path.Combine(service.Archive, "2026Q2", "101000000")));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task An_unreadable_file_is_quarantined_only_when_the_next_scan_finds_it_unchanged_whichever_node_runs_it(WarehouseEngine engine)
    {
        await using var service = await ServiceHarness.CreateAsync(engine, Now);
        var complete = File.ReadAllBytes(new ReturnBuilder("101000000").WriteTo(service.Warehouse.Folder));
        var path = Arrived(await Write(Path.Combine(Inbox(service), "101000000_2026Q2.xlsx"), complete[..(complete.Length / 2)]), Now.Now.AddMinutes(-5));
        var processor = Processor(service);

        var first = await processor.ProcessAsync();

        Assert.Equal("nothing new; 1 unreadable file(s) left for the next scan, in case they are still being written", first.Summary);
        Assert.True(File.Exists(path));
        Assert.False(Directory.Exists(service.Quarantine));

        // The next scan on another node: what the last one could not read is in the warehouse.
        await Processor(service).ProcessAsync();

        Assert.False(File.Exists(path));
        var report = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(service.Quarantine, "*" + ErrorReport.Suffix)));
        Assert.Contains("не является книгой Excel (.xlsx) или повреждён", report, StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_file_whose_writer_pauses_longer_than_the_settle_time_is_never_quarantined_and_loads_once_complete(WarehouseEngine engine)
    {
        var clock = FixedTime.At(2026, 7, 8);
        await using var service = await ServiceHarness.CreateAsync(engine, clock, ("Service:SettleSeconds", "60"));
        var complete = File.ReadAllBytes(new ReturnBuilder("101000000").WriteTo(service.Warehouse.Folder));
        var path = Path.Combine(Inbox(service), "101000000_2026Q2.xlsx");
        var processor = Processor(service);

        // The writer pauses for two minutes at a third, then again at two thirds, then finishes.
        foreach (var part in new[] { complete.Length / 3, complete.Length * 2 / 3 })
        {
            Arrived(await Write(path, complete[..part]), clock.Now.AddMinutes(-2));
            var waiting = await processor.ProcessAsync();
            Assert.EndsWith("1 unreadable file(s) left for the next scan, in case they are still being written", waiting.Summary, StringComparison.Ordinal);
            clock.Now = clock.Now.AddMinutes(2);
        }

        Arrived(await Write(path, complete), clock.Now.AddMinutes(-2));
        var loaded = await processor.ProcessAsync();

        Assert.StartsWith("1 file(s): 1 archived (1 workbook(s) loaded", loaded.Summary, StringComparison.Ordinal);
        Assert.False(Directory.Exists(service.Quarantine));
        Assert.Equal(1, await Scalar<long>(service, "SELECT COUNT(*) FROM dim_submission"));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_package_with_a_bad_workbook_is_quarantined_and_its_report_lists_what_did_load_and_what_was_skipped(WarehouseEngine engine)
    {
        await using var service = await ServiceHarness.CreateAsync(engine, Now);
        var scratch = service.Warehouse.Folder;
        var package = ZipBuilder.Write(Path.Combine(Inbox(service), "100000000.zip"),
            ("100000000.xlsx", Bytes(scratch, new ReturnBuilder("100000000", isRegion: true))),
            ("101000000.xlsx", Bytes(scratch, new ReturnBuilder("101000000"))),
            ("103200000.xlsx", Bytes(scratch, new ReturnBuilder("103200000").Cell("programmes", "G3", 12.5))),
            ("~$103200000.xlsx", LockFile));
        Arrived(package, Now.Now.AddDays(-1));

        await Process(service);

        Assert.Equal(2, await Scalar<long>(service, "SELECT COUNT(*) FROM dim_submission"));
        var quarantined = Assert.Single(Directory.GetFiles(service.Quarantine, "*.zip"));
        var report = await File.ReadAllTextAsync(quarantined + ErrorReport.Suffix);
        Assert.Contains("Из пакета загружено книг: 2, не принято: 1.", report, StringComparison.Ordinal);
        Assert.Contains("100000000.zip › 103200000.xlsx › programmes!G3", report, StringComparison.Ordinal);
        Assert.Contains("\nПропущены:\n- 100000000.zip › ~$103200000.xlsx: это служебный файл блокировки", report, StringComparison.Ordinal);
        Assert.Contains("\nӨткізіп жіберілді:\n- 100000000.zip › ~$103200000.xlsx: бұл — жұмыс кітабы ашық тұрғанда Excel жасайтын құлыптау файлы", report, StringComparison.Ordinal);
        Assert.Contains("Загружены:\n- 100000000.zip › 100000000.xlsx (100000000, 2026Q2, v1)\n- 100000000.zip › 101000000.xlsx (101000000, 2026Q2, v1)\n", report, StringComparison.Ordinal);
        Assert.False(Directory.Exists(service.Archive));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_package_whose_returns_are_all_in_other_formats_is_quarantined_and_its_report_gives_each_ones_fix(WarehouseEngine engine)
    {
        await using var service = await ServiceHarness.CreateAsync(engine, Now);
        var scratch = service.Warehouse.Folder;
        Arrived(ZipBuilder.Write(Path.Combine(Inbox(service), "100000000.zip"),
            ("100000000.xls", Bytes(scratch, new ReturnBuilder("100000000", isRegion: true))),
            ("101000000.xlsm", Bytes(scratch, new ReturnBuilder("101000000")))), Now.Now.AddDays(-1));

        var outcome = await Process(service);

        Assert.Equal("1 file(s): 0 archived (0 workbook(s) loaded, 0 fact rows), 1 quarantined", outcome.Summary);
        Assert.Equal(0, await Scalar<long>(service, "SELECT COUNT(*) FROM dim_submission"));
        var report = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(service.Quarantine, "*" + ErrorReport.Suffix)));
        Assert.Contains("Из файла ничего не загружено. Исправьте ошибки ниже и отправьте файл снова.\n\nПропущены:\n"
            + "- 100000000.zip › 100000000.xls: файл в старом формате Excel 97–2003 (.xls). Откройте файл в Excel или LibreOffice и сохраните его как «Книга Excel (.xlsx)».\n"
            + "- 100000000.zip › 101000000.xlsm: файл — книга Excel с поддержкой макросов (.xlsm); файлы с макросами не принимаются.", report, StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_package_with_an_Excel_lock_file_is_archived_and_the_log_names_the_entry_it_skipped(WarehouseEngine engine)
    {
        await using var service = await ServiceHarness.CreateAsync(engine, Now);
        var scratch = service.Warehouse.Folder;
        Arrived(ZipBuilder.Write(Path.Combine(Inbox(service), "100000000.zip"),
            ("100000000.xlsx", Bytes(scratch, new ReturnBuilder("100000000", isRegion: true))),
            ("101000000.xlsx", Bytes(scratch, new ReturnBuilder("101000000"))),
            ("~$101000000.xlsx", LockFile)), Now.Now.AddDays(-1));
        using var logging = new LoggerFactory([service.Log]);

        var outcome = await new InboxProcessor(service.Settings, service.Warehouse.Connections, service.Time, logging.CreateLogger<InboxProcessor>()).ProcessAsync();

        Assert.Equal("1 file(s): 1 archived (2 workbook(s) loaded, 22 fact rows), 0 quarantined", outcome.Summary);
        Assert.Single(Directory.GetFiles(Path.Combine(service.Archive, "2026Q2", "100000000")));
        Assert.False(Directory.Exists(service.Quarantine));
        Assert.Contains(service.Log.Entries, e => e.Message.StartsWith("Archived 100000000.zip as ", StringComparison.Ordinal)
            && e.Message.EndsWith(": 2 workbook(s) loaded, 0 already loaded, 1 skipped", StringComparison.Ordinal));
        Assert.Contains(service.Log.Entries, e => (e.Level, e.Message) == (LogLevel.Warning,
            "Skipped 100000000.zip › ~$101000000.xlsx: this is the lock file Excel keeps while a workbook is open (~$…), not a return. "
            + "Nothing to fix: the return is the file of the same name without ~$. Close workbooks in Excel before packing them."));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_whole_package_is_archived_under_its_region_and_a_file_sent_again_is_archived_without_loading_twice(WarehouseEngine engine)
    {
        await using var service = await ServiceHarness.CreateAsync(engine, Now);
        var scratch = service.Warehouse.Folder;
        var content = File.ReadAllBytes(ZipBuilder.Write(Path.Combine(scratch, "package.zip"),
            ("100000000.xlsx", Bytes(scratch, new ReturnBuilder("100000000", isRegion: true))),
            ("101000000.xlsx", Bytes(scratch, new ReturnBuilder("101000000")))));
        Arrived(await Write(Path.Combine(Inbox(service), "abai.zip"), content), Now.Now.AddDays(-2));
        await Process(service);
        Arrived(await Write(Path.Combine(Inbox(service), "abai.zip"), content), Now.Now.AddDays(-2));

        var again = await Process(service);

        Assert.Contains("1 archived (0 workbook(s) loaded, 0 fact rows)", again.Summary, StringComparison.Ordinal);
        Assert.Equal(2, await Scalar<long>(service, "SELECT COUNT(*) FROM dim_submission"));
        Assert.Equal(
            ["20260706-100000_abai-2.zip", "20260706-100000_abai.zip"],
            Directory.GetFiles(Path.Combine(service.Archive, "2026Q2", "100000000")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_file_that_is_no_submission_is_quarantined_and_hidden_files_are_ignored(WarehouseEngine engine)
    {
        await using var service = await ServiceHarness.CreateAsync(engine, Now);
        Arrived(await Write(Path.Combine(Inbox(service), "letter.pdf"), [1, 2, 3]), Now.Now.AddDays(-1));
        Arrived(await Write(Path.Combine(Inbox(service), ".DS_Store"), [1]), Now.Now.AddDays(-1));

        var outcome = await Process(service);

        Assert.Equal("1 file(s): 0 archived (0 workbook(s) loaded, 0 fact rows), 1 quarantined", outcome.Summary);
        var report = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(service.Quarantine, "*" + ErrorReport.Suffix)));
        Assert.Contains("letter.pdf: файл не является ни отчётом (.xlsx), ни пакетом области (.zip)", report, StringComparison.Ordinal);
        Assert.Equal([".DS_Store"], Directory.GetFiles(service.Inbox).Select(Path.GetFileName));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Spreadsheets_in_other_formats_and_encrypted_ones_are_quarantined_each_with_its_own_reason_and_fix_and_a_lock_file_is_left_alone(WarehouseEngine engine)
    {
        await using var service = await ServiceHarness.CreateAsync(engine, Now);
        Arrived(new ReturnBuilder("101000000").WriteTo(Inbox(service), "101000000.xls"), Now.Now.AddDays(-1));
        Arrived(new ReturnBuilder("102400000").WriteTo(Inbox(service), "102400000.xlsm"), Now.Now.AddDays(-1));
        Arrived(await Write(Path.Combine(Inbox(service), "103200000.xlsx"), Fixtures.Bytes("101000000_2026Q2.encrypted.xlsx")), Now.Now.AddDays(-1));
        Arrived(await Write(Path.Combine(Inbox(service), "~$104400000.xlsx"), LockFile), Now.Now.AddDays(-1));

        var outcome = await Process(service);

        Assert.Equal("3 file(s): 0 archived (0 workbook(s) loaded, 0 fact rows), 3 quarantined; 1 file(s) still being written", outcome.Summary);
        Assert.Equal(0, await Scalar<long>(service, "SELECT COUNT(*) FROM dim_submission"));
        var reports = string.Join("\n", Directory.GetFiles(service.Quarantine, "*" + ErrorReport.Suffix).Order(StringComparer.Ordinal).Select(File.ReadAllText));
        Assert.Contains("- 101000000.xls: файл ескі Excel 97–2003 (.xls) пішімінде. Файлды Excel немесе LibreOffice-те ашып, «Excel жұмыс кітабы (.xlsx)» ретінде сақтаңыз.\n",
            reports, StringComparison.Ordinal);
        Assert.Contains("- 101000000.xls: файл в старом формате Excel 97–2003 (.xls). Откройте файл в Excel или LibreOffice и сохраните его как «Книга Excel (.xlsx)».\n",
            reports, StringComparison.Ordinal);
        Assert.Contains("- 102400000.xlsm: файл — книга Excel с поддержкой макросов (.xlsm); файлы с макросами не принимаются.", reports, StringComparison.Ordinal);
        Assert.Contains("- 103200000.xlsx: файл құпиясөзбен қорғалған (шифрланған). Файлды ашып, құпиясөзді алып тастаңыз да, .xlsx ретінде қайта сақтаңыз.\n",
            reports, StringComparison.Ordinal);
        Assert.Contains("- 103200000.xlsx: файл защищён паролем (зашифрован). Откройте файл, снимите пароль и сохраните его заново в формате .xlsx.\n",
            reports, StringComparison.Ordinal);
        Assert.Equal(["~$104400000.xlsx"], Directory.GetFiles(service.Inbox).Select(Path.GetFileName));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_link_to_a_folder_in_the_inbox_is_not_followed_nor_moved(WarehouseEngine engine)
    {
        await using var service = await ServiceHarness.CreateAsync(engine, Now);
        var region = Directory.CreateDirectory(Path.Combine(Inbox(service), "100000000")).FullName;
        Arrived(new ReturnBuilder("101000000").WriteTo(region), Now.Now.AddDays(-1));
        Directory.CreateSymbolicLink(Path.Combine(region, "loop"), service.Inbox);

        var outcome = await Process(service);

        Assert.Equal("1 file(s): 1 archived (1 workbook(s) loaded, 9 fact rows), 0 quarantined", outcome.Summary);
        Assert.Equal(1, await Scalar<long>(service, "SELECT COUNT(*) FROM dim_submission"));
        Assert.NotNull(new DirectoryInfo(Path.Combine(region, "loop")).LinkTarget);
        Assert.False(Directory.Exists(service.Quarantine));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task While_another_load_holds_the_warehouse_the_scan_is_skipped_and_the_files_wait(WarehouseEngine engine)
    {
        await using var service = await ServiceHarness.CreateAsync(engine, Now);
        Arrived(new ReturnBuilder("101000000").WriteTo(Inbox(service)), Now.Now.AddDays(-1));

        JobOutcome outcome;
        await using (await WarehouseLock.TryEnterAsync(service.Warehouse.Connections, WarehouseLock.Load, TimeSpan.Zero))
        {
            outcome = await Process(service);
        }

        Assert.Equal(RunOutcomes.Skipped, outcome.Outcome);
        Assert.Single(Directory.GetFiles(service.Inbox));
        Assert.Equal(0, await Scalar<long>(service, "SELECT COUNT(*) FROM dim_submission"));
        Assert.Equal(RunOutcomes.Succeeded, (await Process(service)).Outcome);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task An_empty_inbox_is_idle(WarehouseEngine engine)
    {
        await using var service = await ServiceHarness.CreateAsync(engine, Now);

        Assert.Equal(new JobOutcome(RunOutcomes.Idle, "nothing new"), await Process(service));
    }

    // What Excel writes into "~$<name>" while the workbook is open: the user's name, in a few bytes.
    private static readonly byte[] LockFile = [0x05, .. "Aigul"u8, .. new byte[48]];

    private static Task<JobOutcome> Process(ServiceHarness service) => Processor(service).ProcessAsync();

    private static InboxProcessor Processor(ServiceHarness service) =>
        new(service.Settings, service.Warehouse.Connections, service.Time, NullLogger<InboxProcessor>.Instance);

    private static string Inbox(ServiceHarness service) => Directory.CreateDirectory(service.Inbox).FullName;

    private static string Arrived(string path, DateTimeOffset at)
    {
        File.SetLastWriteTimeUtc(path, at.UtcDateTime);
        return path;
    }

    private static async Task<string> Write(string path, byte[] content)
    {
        await File.WriteAllBytesAsync(path, content);
        return path;
    }

    private static byte[] Bytes(string scratch, ReturnBuilder builder) => File.ReadAllBytes(builder.WriteTo(scratch, $"{Guid.NewGuid():N}.xlsx"));

    private static async Task<T> Scalar<T>(ServiceHarness service, string sql)
    {
        await using var connection = await service.Warehouse.Connections.OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }
}
