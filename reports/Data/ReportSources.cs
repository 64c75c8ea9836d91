using VolunteerDW.Reports.Tables;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Data;

/// <summary>The submissions a report was computed from, as its annex lists them.</summary>
public static class ReportSources
{
    public static IReadOnlyList<ReportSource> Of(IEnumerable<SourceRow> rows) =>
        [.. rows.Select(s => new ReportSource(s.UnitKato, new Label(s.UnitNameKk, s.UnitNameRu, s.UnitNameRu), s.QuarterKey, s.Version, s.Status,
            s.FileName, s.PackageName, DateTime.SpecifyKind(s.ReceivedAtUtc, DateTimeKind.Utc), DateTime.SpecifyKind(s.LoadedAtUtc, DateTimeKind.Utc)))];
}
