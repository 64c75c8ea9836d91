using VolunteerDW.Etl.Validation;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.Loading;

/// <summary>What happened to one workbook (or to a whole package that was rejected).</summary>
public enum LoadOutcome
{
    Loaded,
    AlreadyLoaded,
    Rejected,
}

/// <summary>The result for one workbook: loaded as a version, already there, or rejected with its problems.</summary>
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

    public static LoadResult Rejected(string name, IReadOnlyList<Problem> problems) => new(name, LoadOutcome.Rejected, Problems: problems);
}

/// <summary>A whole load: every result, in order, and the run it was recorded under.</summary>
public sealed record LoadReport(int Run, IReadOnlyList<LoadResult> Results, TimeSpan Elapsed)
{
    public int Count(LoadOutcome outcome) => Results.Count(r => r.Outcome == outcome);

    /// <summary>Whether every workbook is in the warehouse (loaded now or before).</summary>
    public bool AllAccepted => Results.All(r => r.Outcome != LoadOutcome.Rejected);

    /// <summary>The load was asked to stop and ended between two submissions; the files after them were not read.</summary>
    public bool Stopped { get; init; }
}
