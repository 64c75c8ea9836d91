using VolunteerDW.Reports.Charts;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Rendering;

/// <summary>
/// Draws a <see cref="TileMap"/>: a square per region at its place (<see cref="RegionTiles"/>),
/// with its name and figure, shaded darker the higher the figure, in up to five classes of about
/// as many regions each; a legend gives each class's range. A region without a place is listed
/// under the map, so no figure is ever dropped.
/// </summary>
internal static class TileMapSvg
{
    private const double Side = 104;

    private const double Gap = 6;

    private const double NameSize = 10;

    private const int NameLinesAtMost = 3;

    private const double LegendRow = 20;

    /// <summary>A sequential blue scale, light to dark, that reads in grey on paper too; the text on each stays legible.</summary>
    private static readonly (string Fill, string Text)[] _classes =
    [
        ("#eff3ff", ChartStyle.Ink), ("#bdd7e7", ChartStyle.Ink), ("#6baed6", ChartStyle.Ink), ("#3182bd", "#ffffff"), ("#08519c", "#ffffff"),
    ];

    // White with a dashed edge: told apart from the lightest shade on screen and in grey on paper.
    private const string NoFigureFill = "#ffffff";

    /// <summary>What a missing figure is shown as.</summary>
    private const string NoFigure = "—";

    private static readonly Label NoFigureLegend = new("дерек жоқ", "нет данных", "no figure");

    private static readonly Label NotOnTheMap = new("Картада жоқ", "Нет на карте", "Not on the map");

    public static string Render(TileMap map, Language language, Func<double, string> formatNumber)
    {
        var placed = map.Tiles.Where(t => RegionTiles.Places.ContainsKey(t.Kato)).ToList();
        var unplaced = map.Tiles.Where(t => !RegionTiles.Places.ContainsKey(t.Kato)).ToList();
        var classes = Classes(map.Tiles);
        var (columns, rows) = RegionTiles.Size;

        var top = SvgWriter.BelowTitle + 22;
        var width = Math.Max(520, (2 * SvgWriter.Margin) + (columns * Side) + ((columns - 1) * Gap));
        var legend = LegendEntries(map.Tiles, classes, language, formatNumber);
        var legendTop = top + (rows * (Side + Gap)) + 12;
        var legendPlaces = LegendPlaces(legend, width);
        var height = legendTop + ((legendPlaces.Select(p => p.Row).DefaultIfEmpty(0).Max() + 1) * LegendRow) + 8 + (unplaced.Count * 18) + SvgWriter.Margin;
        var svg = new SvgWriter(width, height, map.Title.In(language));
        svg.Text(SvgWriter.Margin, SvgWriter.BelowTitle + 8, map.Unit.In(language), fill: ChartStyle.Muted);

        foreach (var tile in placed)
        {
            var (column, row) = RegionTiles.Places[tile.Kato];
            DrawTile(svg, tile, SvgWriter.Margin + (column * (Side + Gap)), top + (row * (Side + Gap)), classes, language, formatNumber);
        }

        var below = DrawLegend(svg, legend, legendPlaces, legendTop);
        foreach (var tile in unplaced)
        {
            below += 18;
            var value = tile.Value is { } figure ? formatNumber(figure) : NoFigure;
            svg.Text(SvgWriter.Margin, below, $"{NotOnTheMap.In(language)}: {tile.Name.In(language)} — {value}");
        }

        return svg.ToString();
    }

    private static void DrawTile(SvgWriter svg, Tile tile, double x, double y, IReadOnlyList<double> bounds, Language language, Func<double, string> formatNumber)
    {
        var name = tile.Name.In(language);
        var value = tile.Value is { } figure ? formatNumber(figure) : NoFigure;
        var (fill, text) = tile.Value is { } known ? _classes[ClassOf(known, bounds)] : (NoFigureFill, ChartStyle.Muted);
        svg.Rect(x, y, Side, Side, fill, "tile", $"{name}: {value}", tile.Value is null ? ChartStyle.Axis : null);
        var lines = NameLines(name, Side - 12);
        for (var i = 0; i < lines.Count; i++)
        {
            svg.Text(x + 5, y + 15 + (i * 12), lines[i], size: NameSize, fill: text);
        }

        if (tile.Note is { } note)
        {
            svg.Text(x + (Side / 2), y + Side - 36, ChartStyle.Fit(note.In(language), Side - 12, NameSize), anchor: "middle", size: NameSize, fill: text);
        }

        svg.Text(x + (Side / 2), y + Side - 14, value, anchor: "middle", size: 15, bold: true, fill: text);
    }

    /// <summary>
    /// The legend's entries: a swatch per class with the lowest and highest figure in it, and the
    /// swatch of "no figure" when a tile has none.
    /// </summary>
    private static List<(string Fill, string Label, string? Outline)> LegendEntries(IReadOnlyList<Tile> tiles, IReadOnlyList<double> bounds, Language language, Func<double, string> formatNumber)
    {
        var known = tiles.Where(t => t.Value is not null).Select(t => t.Value!.Value).ToList();
        var entries = known.GroupBy(v => ClassOf(v, bounds)).OrderBy(g => g.Key)
            .Select(g => (_classes[g.Key].Fill, g.Min() == g.Max() ? formatNumber(g.Min()) : $"{formatNumber(g.Min())}–{formatNumber(g.Max())}", (string?)null))
            .ToList();
        if (known.Count < tiles.Count)
        {
            entries.Add((NoFigureFill, NoFigureLegend.In(language), ChartStyle.Axis));
        }

        return entries;
    }

    // Where each swatch goes: in a row, wrapped to the width.
    private static List<(double X, int Row)> LegendPlaces(List<(string Fill, string Label, string? Outline)> entries, double width)
    {
        var places = new List<(double X, int Row)>();
        var (x, row) = (SvgWriter.Margin, 0);
        foreach (var (_, label, _) in entries)
        {
            var entryWidth = 20 + ChartStyle.TextWidth(label) + 18;
            if (x > SvgWriter.Margin && x + entryWidth > width - SvgWriter.Margin)
            {
                (x, row) = (SvgWriter.Margin, row + 1);
            }

            places.Add((x, row));
            x += entryWidth;
        }

        return places;
    }

    // Draws the swatches at their places; returns the baseline of the last row.
    private static double DrawLegend(SvgWriter svg, List<(string Fill, string Label, string? Outline)> entries, List<(double X, int Row)> places, double top)
    {
        foreach (var ((fill, label, outline), (x, row)) in entries.Zip(places))
        {
            svg.Rect(x, top + (row * LegendRow) - 11, 14, 14, fill, "legend", label, outline);
            svg.Text(x + 20, top + (row * LegendRow), label);
        }

        return top + (places.Select(p => p.Row).DefaultIfEmpty(0).Max() * LegendRow);
    }

    /// <summary>
    /// The lower bounds of the classes above the first: the figures at each fifth of the regions in
    /// order, so that each shade holds about as many regions whatever the spread of the figures.
    /// </summary>
    private static List<double> Classes(IReadOnlyList<Tile> tiles)
    {
        var values = tiles.Where(t => t.Value is not null).Select(t => t.Value!.Value).Order().ToList();
        return [.. Enumerable.Range(1, _classes.Length - 1)
            .Select(k => values.Count == 0 ? double.MaxValue : values[k * values.Count / _classes.Length])
            .Distinct()
            .Where(bound => values.Count > 0 && bound > values[0])];
    }

    private static int ClassOf(double value, IReadOnlyList<double> bounds) =>
        (int)Math.Round((double)bounds.Count(bound => value >= bound) * (_classes.Length - 1) / Math.Max(1, bounds.Count));

    // The name in at most three lines that fit the square, broken between words and after hyphens
    // ("Северо-" / "Казахстанская"); cut with an ellipsis beyond.
    private static List<string> NameLines(string name, double width)
    {
        var lines = new List<string> { string.Empty };
        foreach (var (text, afterHyphen) in Pieces(name))
        {
            var joined = lines[^1].Length == 0 ? text : afterHyphen ? lines[^1] + text : $"{lines[^1]} {text}";
            if (lines[^1].Length == 0 || ChartStyle.TextWidth(joined, NameSize) <= width || lines.Count == NameLinesAtMost)
            {
                lines[^1] = joined;
            }
            else
            {
                lines.Add(text);
            }
        }

        return [.. lines.Select(line => ChartStyle.Fit(line, width, NameSize))];
    }

    // The words of a name, a hyphenated word as its parts with the hyphen kept on the first.
    private static IEnumerable<(string Text, bool AfterHyphen)> Pieces(string name)
    {
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = word.Split('-');
            for (var i = 0; i < parts.Length; i++)
            {
                var text = i < parts.Length - 1 ? parts[i] + "-" : parts[i];
                if (text.Length > 0)
                {
                    yield return (text, i > 0);
                }
            }
        }
    }
}
