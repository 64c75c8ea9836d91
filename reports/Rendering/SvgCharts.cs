using VolunteerDW.Reports.Charts;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Rendering;

/// <summary>
/// Draws report charts as self-contained SVG: inlined in the HTML report and written beside the
/// Markdown one. No scripts and no external fonts; every label, which may come from submitted
/// data, is XML-escaped; colours are told apart by colour-blind readers.
/// </summary>
public static class SvgCharts
{
    /// <summary>A line chart: categories (e.g. quarters) along the bottom, a line per series, gaps where a figure is missing.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="language">The language of titles and labels.</param>
    /// <param name="formatNumber">Formats the axis ticks and figures as the report's text does.</param>
    public static string Line(LineChart chart, Language language, Func<double, string> formatNumber)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(formatNumber);
        return LineChartSvg.Render(chart, language, formatNumber);
    }

    /// <summary>A horizontal bar chart: a row per bar, labelled; a missing figure has no bar and is shown as "—".</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="language">The language of titles and labels.</param>
    /// <param name="formatNumber">Formats the axis ticks and figures as the report's text does.</param>
    public static string Bars(BarChart chart, Language language, Func<double, string> formatNumber)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(formatNumber);
        return BarChartSvg.Render(chart, language, formatNumber);
    }

    /// <summary>A tile map: a square per region where it lies, shaded by its figure, with a legend of the shades' ranges.</summary>
    /// <param name="map">The map.</param>
    /// <param name="language">The language of titles and names.</param>
    /// <param name="formatNumber">Formats the figures as the report's text does.</param>
    public static string Tiles(TileMap map, Language language, Func<double, string> formatNumber)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(formatNumber);
        return TileMapSvg.Render(map, language, formatNumber);
    }
}
