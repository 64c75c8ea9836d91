using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Charts;

/// <summary>One line of a line chart: its name and a value per category (null where there is no figure).</summary>
public sealed record ChartSeries(Label Name, IReadOnlyList<double?> Values);

/// <summary>A line chart over categories in order, e.g. quarters.</summary>
/// <param name="Id">A stable identifier, also the chart's file name in Markdown output.</param>
/// <param name="Title">The chart's title.</param>
/// <param name="Categories">The labels along the horizontal axis, e.g. 2024 Q1 … 2026 Q2.</param>
/// <param name="Series">The lines, each with one value per category.</param>
/// <param name="Unit">What the vertical axis counts.</param>
public sealed record LineChart(string Id, Label Title, IReadOnlyList<Label> Categories, IReadOnlyList<ChartSeries> Series, Label Unit);

/// <summary>One bar: its label and value (null where there is no figure).</summary>
public sealed record Bar(Label Label, double? Value);

/// <summary>A horizontal bar chart, e.g. regions ranked by a rate.</summary>
public sealed record BarChart(string Id, Label Title, IReadOnlyList<Bar> Bars, Label Unit);

/// <summary>
/// One region's square on a tile map: its code, name and value (null where there is no figure),
/// and a short note drawn above the value when the figure needs one (e.g. "12 / 15" returns received).
/// </summary>
public sealed record Tile(string Kato, Label Name, double? Value, Label? Note = null);

/// <summary>The regions as squares laid out roughly as they lie on the map (<see cref="RegionTiles"/>), coloured by a value.</summary>
public sealed record TileMap(string Id, Label Title, IReadOnlyList<Tile> Tiles, Label Unit);
