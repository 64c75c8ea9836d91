using Microsoft.Extensions.Logging;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Etl.Validation;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Etl.Service.Inbox;

/// <summary>
/// The inbox job: loads the files at rest in the inbox, each counted as received when it arrived,
/// then files each away — accepted ones (loaded now or before) to
/// <c>archive/&lt;quarter&gt;/&lt;unit&gt;/</c>, rejected ones to <c>quarantine/</c> with their
/// error report. A file is moved only after its load has committed, so a crash leaves it in the
/// inbox to load again, which changes nothing for what was already stored.
/// </summary>
public sealed partial class InboxProcessor(ServiceSettings settings, WarehouseConnectionFactory warehouse, TimeProvider time, ILogger<InboxProcessor> logger)
{
    private DateTimeOffset? lastScan;
    private HashSet<string> lastSeen = new(StringComparer.Ordinal);

    public async Task<JobOutcome> ProcessAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var scan = InboxScan.Of(settings.Inbox, settings.Settle, now);
        StampArrivals(scan, now);
        foreach (var (path, reason) in scan.NotSubmissions)
        {
            Quarantine(path, ReceivedAt(path, now), [LoadResult.Rejected(Relative(path), [reason])]);
        }

        if (scan.Ready.Count == 0)
        {
            var outcome = scan.NotSubmissions.Count == 0 ? JobOutcome.Idle : JobOutcome.Succeeded;
            return new JobOutcome(outcome, Summary(0, 0, scan.NotSubmissions.Count, 0, scan.Settling.Count));
        }

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
            }).LoadAsync(scan.Ready, cancellationToken: cancellationToken);
        }
        catch (WarehouseBusyException)
        {
            LogBusy(scan.Ready.Count);
            return new JobOutcome(JobOutcome.Skipped, $"another load is running on the warehouse; {scan.Ready.Count} file(s) wait for the next scan");
        }

        var dimensions = await DimensionsAsync(cancellationToken);
        var archived = 0;
        var quarantined = scan.NotSubmissions.Count;
        var bySource = report.Results.ToLookup(r => r.Source, StringComparer.Ordinal);
        foreach (var path in scan.Ready)
        {
            var results = bySource[path].ToList();
            var received = ReceivedAt(path, now);
            // A file is taken when something of it is in the warehouse and nothing of it was rejected;
            // a package's skipped entries (Excel's lock files, other formats) are logged, not held
            // against it. A package whose entries were all skipped is quarantined with their reasons.
            if (results.Exists(r => r.Accepted) && results.TrueForAll(r => r.Outcome != LoadOutcome.Rejected))
            {
                Archive(path, received, results, dimensions);
                archived++;
            }
            else
            {
                Quarantine(path, received, results);
                quarantined++;
            }
        }

        return JobOutcome.Done(Summary(archived, report.Count(LoadOutcome.Loaded), quarantined, report.Results.Sum(r => r.FactRows), scan.Settling.Count));
    }

    private void Archive(string path, DateTimeOffset received, List<LoadResult> results, DimensionSnapshot dimensions)
    {
        var (quarter, unit) = Filed(results.FindAll(r => r.Accepted), dimensions);
        var target = Filing.Move(path, Path.Combine(settings.Archive, quarter, unit), received);
        var skipped = results.FindAll(r => r.Outcome == LoadOutcome.Skipped);
        var loaded = results.Count(r => r.Outcome == LoadOutcome.Loaded);
        var name = Relative(path);
        LogArchived(name, target, loaded, results.Count - loaded - skipped.Count, skipped.Count);
        foreach (var result in skipped)
        {
            var description = Messages.Describe(result.Name, result.Problems![0], Language.En);
            LogSkipped(description);
        }
    }

    // A file arrives when it is written into the inbox, so its modification time says when — unless
    // it was copied in with its old time kept (Explorer from another disk, cp -p). A file new since
    // the last scan and older than it arrived after that scan: it gets that scan's time, the
    // earliest it can have arrived.
    private void StampArrivals(InboxScan scan, DateTimeOffset now)
    {
        if (lastScan is { } previous)
        {
            foreach (var path in Paths(scan).Where(p => !lastSeen.Contains(p)))
            {
                if (File.GetLastWriteTimeUtc(path) < previous.UtcDateTime)
                {
                    File.SetLastWriteTimeUtc(path, previous.UtcDateTime);
                }
            }
        }

        lastScan = now;
        lastSeen = new HashSet<string>(Paths(scan).Concat(scan.Settling), StringComparer.Ordinal);
    }

    private static IEnumerable<string> Paths(InboxScan scan) => scan.Ready.Concat(scan.NotSubmissions.Select(file => file.Path));

    private void Quarantine(string path, DateTimeOffset received, List<LoadResult> results)
    {
        var name = Relative(path);
        var target = Filing.Move(path, settings.Quarantine, received);
        var report = ErrorReport.Write(target, name, received, results, settings.Languages);
        LogQuarantined(name, results.Where(r => !r.Accepted).Sum(r => r.Problems!.Count), report);
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
            .Select(unit => unit is null ? null : unit.ReportingTier == 2 ? unit.KatoCode : unit.ParentKatoCode)
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

    private static string Summary(int archived, int loaded, int quarantined, int factRows, int settling)
    {
        var done = archived + quarantined == 0
            ? "nothing new"
            : $"{archived + quarantined} file(s): {archived} archived ({loaded} workbook(s) loaded, {factRows} fact rows), {quarantined} quarantined";
        return settling == 0 ? done : $"{done}; {settling} file(s) still being written";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Archived {File} as {Target}: {Loaded} workbook(s) loaded, {AlreadyLoaded} already loaded, {Skipped} skipped")]
    private partial void LogArchived(string file, string target, int loaded, int alreadyLoaded, int skipped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped {Description}")]
    private partial void LogSkipped(string description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quarantined {File}: {Problems} problem(s), see {ErrorReport}")]
    private partial void LogQuarantined(string file, int problems, string errorReport);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another load is running on the warehouse; {Files} file(s) wait for the next scan")]
    private partial void LogBusy(int files);
}
