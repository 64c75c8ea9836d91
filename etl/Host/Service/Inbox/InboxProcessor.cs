using VolunteerDW.Warehouse.Codes;
using Microsoft.Extensions.Logging;
using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Etl.Problems;
using VolunteerDW.Etl.Service;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Host.Service.Inbox;

/// <summary>
/// The inbox job: loads the files at rest in the inbox, each counted as received when it arrived,
/// and files each away as soon as the batch holding its returns commits — accepted ones (loaded now
/// or before) to <c>archive/&lt;quarter&gt;/&lt;unit&gt;/</c>, rejected ones to <c>quarantine/</c>
/// with their error report. A file is moved only after its load has committed, so a crash leaves it
/// in the inbox to load again, which changes nothing for what was already stored. A file that cannot
/// be read at all may still be being written by a writer that paused: it is quarantined only once
/// two scans in a row found it unreadable and unchanged. What one scan saw is remembered in the
/// warehouse (<see cref="InboxMemory"/>), so the next may run on any node.
/// </summary>
public sealed partial class InboxProcessor(ServiceSettings settings, WarehouseConnectionFactory warehouse, TimeProvider time, ILogger<InboxProcessor> logger)
{
    private readonly InboxMemory _memory = new(warehouse);

    public async Task<JobOutcome> ProcessAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var scan = InboxScan.Of(settings.Inbox, settings.Settle, now);
        var (lastScan, before) = await _memory.ReadAsync(cancellationToken);
        StampArrivals(scan, lastScan, before);
        await _memory.RememberScanAsync(now, Seen(scan, before), cancellationToken);
        var tally = new Tally { Quarantined = scan.NotSubmissions.Count, Settling = scan.Settling.Count };
        foreach (var (path, reason) in scan.NotSubmissions)
        {
            Quarantine(path, ReceivedAt(path, now), [LoadResult.Rejected(Relative(path), [reason])]);
        }

        if (scan.Ready.Count == 0)
        {
            return new JobOutcome(scan.NotSubmissions.Count == 0 ? RunOutcomes.Idle : RunOutcomes.Succeeded, tally.Summary());
        }

        var dimensions = await DimensionsAsync(cancellationToken);
        var unreadableNow = new Dictionary<string, SeenFile>(StringComparer.Ordinal);
        LoadReport report;
        try
        {
            report = await new SubmissionLoader(warehouse, new LoadOptions
            {
                Received = ReceivedTime.FileModified,
                Limits = settings.Limits,
                JumpFactor = settings.JumpFactor,
                Time = time,
                LockWait = TimeSpan.Zero,
                FileCommitted = file => FileAway(file, dimensions, now, before, unreadableNow, tally),
            }).LoadAsync(scan.Ready, cancellationToken: cancellationToken);
        }
        catch (WarehouseBusyException)
        {
            LogBusy(scan.Ready.Count);
            return new JobOutcome(RunOutcomes.Skipped, $"another load is running on the warehouse; {scan.Ready.Count} file(s) wait for the next scan");
        }

        // Remembered even when the node is stopping: the next scan, wherever it runs, needs it.
        await _memory.RememberUnreadableAsync(unreadableNow, CancellationToken.None);
        return report.Stopped
            ? new JobOutcome(RunOutcomes.Stopped, $"stopped by the shutdown of its node: {tally.Summary()}; {scan.Ready.Count - tally.Filed} file(s) left in the inbox for the next run")
            : JobOutcome.Done(tally.Summary());
    }

    private void FileAway(LoadedFile file, DimensionSnapshot dimensions, DateTimeOffset now, IReadOnlyDictionary<string, SeenFile> before,
        Dictionary<string, SeenFile> unreadableNow, Tally tally)
    {
        var path = file.Path;
        var name = Relative(path);
        var received = ReceivedAt(path, now);
        var results = file.Results.ToList();
        // A file is taken when something of it is in the warehouse and nothing of it was rejected; a
        // package's skipped entries (Excel's lock files, other formats) are logged, not held against
        // it. A package whose entries were all skipped is quarantined with their reasons.
        if (file.Accepted)
        {
            var (quarter, unit) = Filed(results.FindAll(r => r.Accepted), dimensions);
            var target = Filing.Move(path, Path.Combine(settings.Archive, quarter, unit), received);
            var skipped = results.FindAll(r => r.Outcome == LoadOutcome.Skipped);
            var loaded = results.Count(r => r.Outcome == LoadOutcome.Loaded);
            LogArchived(name, target, loaded, results.Count - loaded - skipped.Count, skipped.Count);
            foreach (var result in skipped)
            {
                var description = Messages.Describe(result.Name, result.Problems![0], Language.En);
                LogSkipped(description);
            }

            tally.Archive(loaded, results.Sum(r => r.FactRows));
        }
        else if (Unreadable(results) && !UnreadableAndUnchangedSince(name, path, before, out var state))
        {
            unreadableNow[name] = state;
            LogUnreadableLeft(name);
            tally.LeaveUnreadable();
        }
        else
        {
            Quarantine(path, received, results);
            tally.Quarantine();
        }
    }

    // A file cut short reads as no workbook (or no archive) at all; any other problem means it was read whole.
    private static bool Unreadable(List<LoadResult> results) =>
        results is [{ Outcome: LoadOutcome.Rejected, Problems: [{ Kind: ProblemKind.NotAWorkbook or ProblemKind.ArchiveUnreadable }] }];

    private static bool UnreadableAndUnchangedSince(string name, string path, IReadOnlyDictionary<string, SeenFile> before, out SeenFile now)
    {
        now = State(path, unreadable: true);
        return before.TryGetValue(name, out var then) && then == now;
    }

    private static SeenFile State(string path, bool unreadable)
    {
        var info = new FileInfo(path);
        return new SeenFile(info.Length, info.LastWriteTimeUtc.Ticks, unreadable);
    }

    // What this scan sees, as it begins: a file the last scan could not read keeps that mark while it is unchanged.
    private Dictionary<string, SeenFile> Seen(InboxScan scan, IReadOnlyDictionary<string, SeenFile> before) =>
        Paths(scan).Concat(scan.Settling).Distinct(StringComparer.Ordinal).ToDictionary(Relative, path =>
        {
            var now = State(path, unreadable: false);
            return before.TryGetValue(Relative(path), out var then) && then.Unreadable && then == now with { Unreadable = true } ? then : now;
        }, StringComparer.Ordinal);

    // A file arrives when it is written into the inbox, so its modification time says when — unless
    // it was copied in with its old time kept (Explorer from another disk, cp -p). A file new since
    // the last scan and older than it arrived after that scan: it gets that scan's time, the
    // earliest it can have arrived.
    private void StampArrivals(InboxScan scan, DateTimeOffset? lastScan, IReadOnlyDictionary<string, SeenFile> before)
    {
        if (lastScan is { } previous)
        {
            foreach (var path in Paths(scan).Where(p => !before.ContainsKey(Relative(p))))
            {
                if (File.GetLastWriteTimeUtc(path) < previous.UtcDateTime)
                {
                    File.SetLastWriteTimeUtc(path, previous.UtcDateTime);
                }
            }
        }
    }

    private static IEnumerable<string> Paths(InboxScan scan) => scan.Ready.Concat(scan.NotSubmissions.Select(file => file.Path));

    private void Quarantine(string path, DateTimeOffset received, IReadOnlyList<LoadResult> results)
    {
        var name = Relative(path);
        var target = Filing.Move(path, settings.Quarantine, received);
        var report = ErrorReport.Write(target, name, received, results, settings.Languages);
        LogQuarantined(name, results.Where(r => r.Outcome == LoadOutcome.Rejected).Sum(r => r.Problems!.Count), report);
    }

    // A file of one unit is filed under that unit; a region's package under the region.
    private static (string Quarter, string Unit) Filed(List<LoadResult> results, DimensionSnapshot dimensions)
    {
        var quarter = results[0].Quarter!.Value;
        var units = results.Select(r => r.UnitKato!).Distinct(StringComparer.Ordinal).ToList();
        if (units.Count == 1)
        {
            return (quarter.ToString(), units[0]);
        }

        var regions = units.Select(kato => dimensions.UnitAt(kato, DateKeys.Of(quarter.LastDay)))
            .Select(unit => unit?.RegionKato)
            .Distinct(StringComparer.Ordinal).ToList();
        return (quarter.ToString(), regions is [{ } region] ? region : units.Order(StringComparer.Ordinal).First());
    }

    private async Task<DimensionSnapshot> DimensionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken: cancellationToken);
        return await DimensionSnapshot.LoadAsync(connection, cancellationToken);
    }

    private static DateTimeOffset ReceivedAt(string path, DateTimeOffset now) =>
        ReceivedTime.FileModified.Resolve(new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero), now);

    private string Relative(string path) => Path.GetRelativePath(settings.Inbox, path).Replace('\\', '/');

    [LoggerMessage(Level = LogLevel.Information, Message = "Archived {File} as {Target}: {Loaded} workbook(s) loaded, {AlreadyLoaded} already loaded, {Skipped} skipped")]
    private partial void LogArchived(string file, string target, int loaded, int alreadyLoaded, int skipped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped {Description}")]
    private partial void LogSkipped(string description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quarantined {File}: {Problems} problem(s), see {ErrorReport}")]
    private partial void LogQuarantined(string file, int problems, string errorReport);

    [LoggerMessage(Level = LogLevel.Information, Message = "Left {File} in the inbox: it cannot be read yet and may still be being written; quarantined if the next scan finds it the same")]
    private partial void LogUnreadableLeft(string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another load is running on the warehouse; {Files} file(s) wait for the next scan")]
    private partial void LogBusy(int files);
}
