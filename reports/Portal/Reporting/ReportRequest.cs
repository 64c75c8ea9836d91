using VolunteerDW.Portal.Text;
using VolunteerDW.Reports.Compliance;
using VolunteerDW.Reports.Documents;
using VolunteerDW.Reports.Quarterly;
using VolunteerDW.Reports.SemiAnnual;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Portal.Reporting;

/// <summary>The reports the portal makes on demand, as an address names them.</summary>
public enum ReportKind
{
    /// <summary>The ministry's semi-annual summary (<c>vdw report semiannual</c>), for a half-year.</summary>
    SemiAnnual,

    /// <summary>The national quarterly digest (<c>vdw report quarterly</c>).</summary>
    Quarterly,

    /// <summary>One region's consolidated quarterly information (<c>vdw report quarterly --region</c>).</summary>
    RegionQuarterly,

    /// <summary>Who has not sent the quarter's return, or sent it late, at each tier (<c>vdw report compliance</c>).</summary>
    Compliance,
}

/// <summary>
/// One report asked for: its kind, its period (a half-year for the semi-annual report, a quarter for
/// the others, parsed as <c>vdw report</c> parses them), the region for a region's report, and the
/// language. Only a request that parses exists, so its <see cref="Key"/> is safe as a file name.
/// </summary>
public sealed record ReportRequest(ReportKind Kind, string Period, string? Region, Language Language)
{
    public static readonly IReadOnlyDictionary<ReportKind, string> Codes = new Dictionary<ReportKind, string>
    {
        [ReportKind.SemiAnnual] = "semiannual",
        [ReportKind.Quarterly] = "quarterly",
        [ReportKind.RegionQuarterly] = "region-quarterly",
        [ReportKind.Compliance] = "compliance",
    };

    /// <summary>The report's code in an address: <c>semiannual</c>, <c>quarterly</c>, <c>region-quarterly</c>, <c>compliance</c>.</summary>
    public string KindCode => Codes[Kind];

    /// <summary>What names it in the cache and the audit log: kind, period, region and language, e.g. <c>region-quarterly-2026Q2-100000000.ru</c>.</summary>
    public string Key => $"{KindCode}-{Period}{(Region is null ? string.Empty : "-" + Region)}.{Language.Code()}";

    /// <summary>The request an address makes, or null when any part of it is not one (an unknown kind, a period not of the kind, a region where none applies).</summary>
    public static ReportRequest? Parse(string? kind, string? period, string? region, string? language)
    {
        var found = Codes.FirstOrDefault(c => c.Value == kind);
        if (found.Value is null || PortalLanguage.Parse(language) is not { } lang)
        {
            return null;
        }

        var normalised = found.Key == ReportKind.SemiAnnual ? HalfOf(period) : QuarterOf(period);
        var regionOk = found.Key == ReportKind.RegionQuarterly
            ? region is { Length: 9 } && region.All(char.IsAsciiDigit)
            : string.IsNullOrEmpty(region);
        return normalised is null || !regionOk
            ? null
            : new ReportRequest(found.Key, normalised, found.Key == ReportKind.RegionQuarterly ? region : null, lang);
    }

    /// <summary>
    /// The report, made by the builder <c>vdw report</c> uses for its kind.
    /// </summary>
    /// <exception cref="ArgumentException">The region is not a region at the end of the quarter.</exception>
    public Task<ReportDocument> DocumentAsync(WarehouseConnectionFactory connections, TimeProvider time, CancellationToken cancellationToken) => Kind switch
    {
        ReportKind.SemiAnnual => new SemiAnnualBuilder(connections, time).DocumentAsync(HalfYear.Parse(Period), cancellationToken),
        ReportKind.Compliance => new ComplianceBuilder(connections, time).DocumentAsync(Quarter.Parse(Period), null, cancellationToken),
        _ => new QuarterlyBuilder(connections, time).DocumentAsync(Quarter.Parse(Period), Region, cancellationToken),
    };

    private static string? QuarterOf(string? text) =>
        Quarter.TryParse(text, out var quarter) && quarter.InCalendar ? quarter.ToString() : null;

    private static string? HalfOf(string? text) =>
        HalfYear.TryParse(text, out var half) && half.FirstQuarter.InCalendar && half.LastQuarter.InCalendar ? half.ToString() : null;
}
