using VolunteerDW.Warehouse.Codes;
using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Problems;
using VolunteerDW.Etl.Quality;
using VolunteerDW.Etl.Reading;
using VolunteerDW.Etl.Validation;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Diagnostics;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;
using VolunteerDW.Warehouse.Timeliness;

namespace VolunteerDW.Etl.Loading;

/// <summary>
/// Loads files and packages: read ▶ validate (on all cores, a few files ahead) ▶ stage ▶ conform ▶
/// load (in file order, each submission whole or not at all, committed in batches; see
/// <see cref="WriteBatch"/>). Each file is handed to <see cref="LoadOptions.FileCommitted"/> as soon
/// as its batch commits. Timeliness of every quarter touched is re-evaluated at the end. A stop
/// (the cancellation token) takes effect between submissions: what was stored is committed and
/// reported, and the rest is left for the next load. One load runs at a time on a warehouse,
/// whichever process starts it. The steps a crash test can stop it at are <see cref="FaultPoints"/>.
/// </summary>
public sealed class SubmissionLoader(WarehouseConnectionFactory connections, LoadOptions options)
{
    private static readonly int Lookahead = Math.Max(4, Environment.ProcessorCount * 2);

    public async Task<LoadReport> LoadAsync(IEnumerable<string> paths, IProgress<(int FilesDone, int Files)>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var files = InputFiles.Collect(paths);
        await using var gate = await WarehouseLock.TryEnterAsync(connections, WarehouseLock.Load, options.LockWait, options.WhileWaiting, cancellationToken)
            ?? throw new WarehouseBusyException(options.LockWait == TimeSpan.Zero
                ? "another load is running on this warehouse."
                : $"another load has been running on this warehouse for {options.LockWait.TotalMinutes:0.#} minute(s); try again when it ends.");
        await using var connection = await connections.OpenAsync(cancellationToken: cancellationToken);
        // Holding the load lock, any load still open in the history is one whose process died.
        await EtlRun.CloseInterruptedAsync(connection, EtlRun.Load, options.Time);
        var dimensions = await DimensionSnapshot.LoadAsync(connection, cancellationToken);
        var store = new SubmissionStore(connections, dimensions, options);
        var run = await EtlRun.StartAsync(connection, connections.Dialect, EtlRun.Load, options.Time);
        var results = new List<LoadResult>();
        var quarters = new SortedSet<Quarter>();
        var outcome = RunOutcomes.Failed;
        var reconcile = new HashSet<(UnitVersionRow Region, Quarter Quarter)>();
        var filing = new FileFiling(options.FileCommitted);
        var batch = new WriteBatch(connections, connection, options.Time, transaction => ReconcileAsync(transaction, run, reconcile), filing.Committed);
        var stopped = false;
        try
        {
            try
            {
                await foreach (var file in ParseAheadAsync(files, new ParseState(dimensions, new CodeLists(dimensions), options), cancellationToken))
                {
                    var path = files[file.Index].Path;
                    var fileResults = new List<LoadResult>();
                    foreach (var parsed in file.Workbooks)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var result = await StoreAsync(batch, store, run, parsed, reconcile, cancellationToken) with { Source = path };
                        fileResults.Add(result);
                        results.Add(result);
                        if (result.Quarter is { } quarter && result.Outcome != LoadOutcome.Rejected)
                        {
                            quarters.Add(quarter);
                        }
                    }

                    filing.Decided(new LoadedFile(path, fileResults), batch.IsOpen);
                    progress?.Report((file.Index + 1, files.Count));
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                stopped = true;
            }

            await batch.CommitAsync();
            // Not cancellable: the returns are in, and their quarters' timeliness must follow them.
            foreach (var quarter in quarters)
            {
                await using var transaction = await connections.BeginWriteAsync(connection, CancellationToken.None);
                await TimelinessEvaluator.RefreshQuarterAsync(transaction, dimensions, quarter, options.Time.GetUtcNow());
                FaultPoints.Reach(FaultPoints.Timeliness);
                await transaction.CommitAsync(CancellationToken.None);
            }

            outcome = stopped ? RunOutcomes.Stopped : results.All(r => r.Outcome != LoadOutcome.Rejected) ? RunOutcomes.Succeeded : RunOutcomes.Partial;
        }
        finally
        {
            // Whatever stopped the load, the submissions completed before it stay loaded.
            await batch.CommitAsync();
            await batch.DisposeAsync();
            await EtlRun.FinishAsync(connection, run, outcome, Summary(results, stopped, files.Count), options.Time);
        }

        return new LoadReport(run, results, clock.Elapsed) { Stopped = stopped };
    }

    private static async Task<LoadResult> StoreAsync(WriteBatch batch, SubmissionStore store, int run, Parsed parsed,
        HashSet<(UnitVersionRow Region, Quarter Quarter)> reconcile, CancellationToken cancellationToken)
    {
        if (parsed.Submission is not { } submission)
        {
            return new LoadResult(parsed.Name, parsed.Refusal, Problems: parsed.Problems);
        }

        var stored = await batch.WriteAsync(transaction => store.StoreAsync(transaction, run, submission, parsed.Unit!, parsed.File!, parsed.Hashes!), cancellationToken);
        if (stored.Refusal is { } refusal)
        {
            return new LoadResult(parsed.Name, LoadOutcome.Rejected, submission.Header.UnitKato, submission.Header.Quarter, Problems: [refusal]);
        }

        if (stored.Region is { } region)
        {
            reconcile.Add((region, submission.Header.Quarter));
        }

        return new LoadResult(parsed.Name, stored.AlreadyLoaded ? LoadOutcome.AlreadyLoaded : LoadOutcome.Loaded,
            submission.Header.UnitKato, submission.Header.Quarter, stored.Version, stored.FactRows, stored.Warnings);
    }

    // Once per region and quarter a batch touched, however many of its returns it holds: the
    // claim is compared with the territory's sum as the batch leaves it.
    private static async Task ReconcileAsync(DbTransaction transaction, int run, HashSet<(UnitVersionRow Region, Quarter Quarter)> reconcile)
    {
        foreach (var (region, quarter) in reconcile)
        {
            await Reconciler.RunAsync(transaction, run, region.KatoCode, region.RegionSk, quarter);
        }

        reconcile.Clear();
    }

    // Parsing is CPU work without the database: several files are read ahead on the thread pool
    // while the single writer stores them strictly in order.
    private static async IAsyncEnumerable<(int Index, IReadOnlyList<Parsed> Workbooks)> ParseAheadAsync(IReadOnlyList<InputFile> files, ParseState state,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var window = new Queue<(int, Task<IReadOnlyList<Parsed>>)>();
        var next = 0;
        while (next < files.Count || window.Count > 0)
        {
            while (next < files.Count && window.Count < Lookahead)
            {
                var index = next++;
                window.Enqueue((index, Task.Run(() => ParseFile(files[index], state), cancellationToken)));
            }

            var (done, parsing) = window.Dequeue();
            yield return (done, await parsing);
        }
    }

    private static IReadOnlyList<Parsed> ParseFile(InputFile file, ParseState state)
    {
        try
        {
            var now = state.Options.Time.GetUtcNow();
            var opened = InputFiles.Open(file, state.Options.Limits, state.Options.Received, now);
            return [.. opened.Workbooks.Select(workbook => ParseWorkbook(workbook, state)), .. opened.Skipped.Select(skipped => Parsed.Skip(skipped))];
        }
        catch (SubmissionRejectedException rejected)
        {
            return [new Parsed(file.Name, null, null, null, rejected.Problems)];
        }
        catch (IOException)
        {
            return [new Parsed(file.Name, null, null, null, [new Problem(ProblemKind.NotAWorkbook)])];
        }
    }

    private static Parsed ParseWorkbook(IncomingWorkbook file, ParseState state)
    {
        try
        {
            var workbook = XlsxReader.Read(file.Content, state.Options.Limits);
            var context = new ParseContext(state.Dimensions, state.Codes, KazakhstanTime.DateOf(file.ReceivedAt), state.Options.MaySend);
            var (submission, unit) = SubmissionParser.Parse(workbook, context);
            return new Parsed(file.Name, file, submission, unit, null) { Hashes = SubmissionHash.Of(submission, file) };
        }
        catch (SubmissionRejectedException rejected)
        {
            return new Parsed(file.Name, file, null, null, rejected.Problems);
        }
    }

    private static string Summary(IReadOnlyList<LoadResult> results, bool stopped, int files)
    {
        var summary = $"{results.Count(r => r.Outcome == LoadOutcome.Loaded)} loaded, {results.Count(r => r.Outcome == LoadOutcome.AlreadyLoaded)} already loaded, "
            + $"{results.Count(r => r.Outcome == LoadOutcome.Rejected)} rejected; {LoadReport.SkippedClause(results)}{results.Sum(r => r.FactRows)} fact rows";
        return stopped ? $"stopped after {results.Select(r => r.Source).Distinct(StringComparer.Ordinal).Count()} of {files} file(s): {summary}" : summary;
    }

    private sealed record ParseState(DimensionSnapshot Dimensions, CodeLists Codes, LoadOptions Options);

    private sealed record Parsed(string Name, IncomingWorkbook? File, Submission? Submission, UnitVersionRow? Unit, IReadOnlyList<Problem>? Problems)
    {
        public SubmissionHashes? Hashes { get; init; }

        /// <summary>What a file that is not stored comes to: rejected for its problems, or skipped for its reason.</summary>
        public LoadOutcome Refusal { get; init; } = LoadOutcome.Rejected;

        public static Parsed Skip(SkippedFile file) => new(file.Name, null, null, null, [file.Reason]) { Refusal = LoadOutcome.Skipped };
    }
}
