using VolunteerDW.Etl.Problems;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.Loading;

/// <summary>What happened to one workbook (or to a whole package that was rejected, or a file passed over).</summary>
public enum LoadOutcome
{
    Loaded,
    AlreadyLoaded,
    Rejected,

    /// <summary>Not read as a return at all, such as Excel's lock file; its one problem says why. It rejects nothing.</summary>
    Skipped,
}

/// <summary>The result for one workbook: loaded as a version, already there, rejected with its problems, or skipped with its reason.</summary>
public sealed record LoadResult(
    string Name,
    LoadOutcome Outcome,
    string? UnitKato = null,
    Quarter? Quarter = null,
    int? Version = null,
    int FactRows = 0,
    int Warnings = 0,
    IReadOnlyList<Problem>? Problems = null)
{
    /// <summary>The path of the file given to the load that this workbook came from (itself, or its package).</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>Whether the workbook is in the warehouse: loaded now or before.</summary>
    public bool Accepted => Outcome is LoadOutcome.Loaded or LoadOutcome.AlreadyLoaded;

    public static LoadResult Rejected(string name, IReadOnlyList<Problem> problems) => new(name, LoadOutcome.Rejected, Problems: problems);
}

/// <summary>A whole load: every result, in order, and the run it was recorded under.</summary>
public sealed record LoadReport(int Run, IReadOnlyList<LoadResult> Results, TimeSpan Elapsed)
{
    public int Count(LoadOutcome outcome) => Results.Count(r => r.Outcome == outcome);

    /// <summary>Whether no workbook was rejected: every one read is in the warehouse (loaded now or before); skipped files reject nothing.</summary>
    public bool AllAccepted => Results.All(r => r.Outcome != LoadOutcome.Rejected);

    /// <summary>The load was asked to stop and ended between two submissions; the files after them were not read.</summary>
    public bool Stopped { get; init; }

    /// <summary>"N skipped; " when files were passed over, for summaries that name them only then.</summary>
    public static string SkippedClause(IEnumerable<LoadResult> results)
    {
        var skipped = results.Count(r => r.Outcome == LoadOutcome.Skipped);
        return skipped == 0 ? string.Empty : $"{skipped} skipped; ";
    }
}
