using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Tables;

/// <summary>One submission a report was computed from: which unit, quarter and version, from which file, received when.</summary>
public sealed record ReportSource(
    string UnitKato,
    Label UnitName,
    int QuarterKey,
    int Version,
    string Status,
    string FileName,
    string? PackageName,
    DateTime ReceivedAtUtc,
    DateTime LoadedAtUtc);

/// <summary>What a report is, for the front of its annex.</summary>
/// <param name="Title">The report's title.</param>
/// <param name="Period">The period it covers, e.g. the first half of 2026.</param>
/// <param name="GeneratedAt">When it was generated.</param>
/// <param name="AsOf">The warehouse state it reflects: the time of the latest load it includes.</param>
public sealed record ReportInfo(Label Title, Label Period, DateTimeOffset GeneratedAt, DateTimeOffset? AsOf);
