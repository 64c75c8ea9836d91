using VolunteerDW.Portal.Tables;
using VolunteerDW.Portal.Text;
using VolunteerDW.Reports.Charts;
using VolunteerDW.Reports.Documents;
using VolunteerDW.Reports.Output;
using VolunteerDW.Reports.Quarterly;
using VolunteerDW.Reports.Rendering;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Portal.Pages.Dashboard;

/// <summary>
/// Everything the dashboard shows of a quarter, for the country or one region, in one language:
/// the quarterly information's own model (<see cref="QuarterlyBuilder"/>) and what is drawn from it.
/// The same for every reader who may see it, so it is made once and kept (<see cref="DashboardCache"/>).
/// </summary>
/// <param name="Report">The quarterly information's model.</param>
/// <param name="Charts">The report's charts, as SVG.</param>
/// <param name="Headlines">The headline figures.</param>
/// <param name="Units">The units' table with, for the country, each region's name leading to its page.</param>
/// <param name="TileMap">The regions on a tile map (the country only), as SVG.</param>
public sealed record DashboardView(QuarterlyReport Report, IReadOnlyList<string> Charts, TableView Headlines, TableView Units, string? TileMap)
{
    public static DashboardView From(ReportDocument document, Quarter quarter, string? region, Language language)
    {
        ArgumentNullException.ThrowIfNull(document);
        var report = (QuarterlyReport)document.Model;
        return new DashboardView(
            report,
            [.. ReportWriter.Charts(document, language).Values],
            new TableView(report.Tables["headlines"], language),
            new TableView(report.Tables["units"], language,
                region is null ? [.. report.Units.Select(u => (string?)$"/Dashboard?quarter={quarter}&region={u.Kato}")] : null),
            region is null ? SvgCharts.Tiles(OnTime(report), language, v => ReportWriter.ChartNumber(v, language)) : null);
    }

    /// <summary>Each region's square: the share of its districts' returns received on time, with received / expected above it.</summary>
    private static TileMap OnTime(QuarterlyReport report) => new("on_time", PortalText.TilesTitle,
        [.. report.Compliance.Select(c => new Tile(c.Kato, c.Name,
            c.Districts.Expected == 0 ? null : Math.Round(100.0 * c.Districts.OnTime / c.Districts.Expected, 1),
            Same($"{c.Districts.Received} / {c.Districts.Expected}")))],
        PortalText.TilesUnit);

    private static Label Same(string text) => new(text, text, text);
}
