using System.Globalization;
using System.Xml.Linq;
using VolunteerDW.Reports.Charts;
using VolunteerDW.Reports.Rendering;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Rendering;

/// <summary>The regions as squares where they lie, shaded by their figure: the report's map, and the dashboard's.</summary>
public sealed class TileMapTests
{
    private static readonly XNamespace _svg = "http://www.w3.org/2000/svg";

    private static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The regions of regions.csv, each with every version's dates: code, Russian name, valid from, valid to.</summary>
    private static List<(string Kato, string Name, string From, string To)> ShippedRegions() =>
        [.. File.ReadAllLines(RepoPaths.Of("warehouse", "ReferenceData", "regions.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Select(f => (f[0], f[2], f[5], f[6]))];

    // Every region now, a figure each, rising with their place in the file.
    private static List<Tile> CurrentRegions() =>
        [.. ShippedRegions().Where(r => r.To.Length == 0).Select((r, i) => new Tile(r.Kato, new Label(r.Name, r.Name, r.Name), 100 + (i * 3.5)))];

    private static XElement Draw(IReadOnlyList<Tile> tiles) =>
        XDocument.Parse(SvgCharts.Tiles(new TileMap("map", new Label("Карта", "Карта", "Map"), tiles, new Label("на 10 000", "на 10 000", "per 10,000")), Language.Ru, Format)).Root!;

    private static List<(string Title, double X, double Y, string Fill)> TilesOf(XElement svg) =>
        [.. svg.Descendants(_svg + "rect").Where(r => (string?)r.Attribute("class") == "tile").Select(r =>
            ((string)r.Element(_svg + "title")!, (double)r.Attribute("x")!, (double)r.Attribute("y")!, (string)r.Attribute("fill")!))];

    [Fact]
    public void Every_region_ever_shipped_has_a_place_and_the_regions_of_any_one_day_never_share_one()
    {
        var regions = ShippedRegions();

        Assert.All(regions, r => Assert.True(RegionTiles.Places.ContainsKey(r.Kato), $"{r.Kato} {r.Name} has no place on the map."));
        foreach (var day in regions.SelectMany(r => new[] { r.From, r.To }).Where(d => d.Length > 0).Append("2000-01-01").Distinct())
        {
            var standing = regions.Where(r => (r.From.Length == 0 || string.CompareOrdinal(r.From, day) <= 0) && (r.To.Length == 0 || string.CompareOrdinal(day, r.To) <= 0))
                .Select(r => r.Kato).Distinct().ToList();
            Assert.Equal(standing.Count, standing.Select(k => RegionTiles.Places[k]).Distinct().Count());
        }
    }

    [Fact]
    public void Each_region_is_a_square_at_its_place_west_to_east_and_north_to_south_none_overlapping()
    {
        var tiles = CurrentRegions();

        var drawn = TilesOf(Draw(tiles));

        Assert.Equal(20, drawn.Count);
        var at = tiles.ToDictionary(t => t.Kato, t => drawn.Single(d => d.Title.StartsWith(t.Name.Ru + ":", StringComparison.Ordinal)));
        foreach (var (a, b) in at.Keys.SelectMany(a => at.Keys.Where(b => string.CompareOrdinal(a, b) < 0).Select(b => (a, b))))
        {
            var (placeA, placeB) = (RegionTiles.Places[a], RegionTiles.Places[b]);
            Assert.Equal(Math.Sign(placeA.Column - placeB.Column), Math.Sign(at[a].X - at[b].X));
            Assert.Equal(Math.Sign(placeA.Row - placeB.Row), Math.Sign(at[a].Y - at[b].Y));
            Assert.False(at[a].X == at[b].X && at[a].Y == at[b].Y, $"{a} and {b} overlap.");
        }
    }

    [Fact]
    public void A_higher_figure_is_never_lighter_five_shades_are_used_and_the_legend_spans_every_figure()
    {
        var tiles = CurrentRegions();

        var svg = Draw(tiles);

        var byValue = tiles.OrderBy(t => t.Value).Select(t => TilesOf(svg).Single(d => d.Title.StartsWith(t.Name.Ru + ":", StringComparison.Ordinal)).Fill).ToList();
        var lightness = byValue.Select(Lightness).ToList();
        Assert.All(lightness.Zip(lightness.Skip(1)), pair => Assert.True(pair.First >= pair.Second, "a higher figure has a lighter shade"));
        Assert.Equal(5, byValue.Distinct().Count());
        var legend = svg.Descendants(_svg + "rect").Where(r => (string?)r.Attribute("class") == "legend").Select(r => (string)r.Element(_svg + "title")!).ToList();
        Assert.Equal(5, legend.Count);
        Assert.StartsWith(Format(tiles.Min(t => t.Value!.Value)), legend[0], StringComparison.Ordinal);
        Assert.EndsWith(Format(tiles.Max(t => t.Value!.Value)), legend[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_without_a_figure_is_grey_with_a_dash_and_one_without_a_place_is_listed_under_the_map()
    {
        List<Tile> tiles =
        [
            .. CurrentRegions().Where(t => t.Kato != "110000000").Take(5),
            new Tile("110000000", new Label("Ақмола", "Акмолинская область", "Akmola"), null),
            new Tile("990000000", new Label("Жаңа", "Новая <область> & Co", "New"), 42),
        ];

        var svg = Draw(tiles);

        var akmola = TilesOf(svg).Single(t => t.Title.StartsWith("Акмолинская область:", StringComparison.Ordinal));
        Assert.Equal("Акмолинская область: —", akmola.Title);
        Assert.DoesNotContain(akmola.Fill, TilesOf(svg).Where(t => t != akmola).Select(t => t.Fill));
        Assert.Equal(6, TilesOf(svg).Count);
        Assert.Contains(svg.Descendants(_svg + "text"), t => t.Value == "Нет на карте: Новая <область> & Co — 42");
        Assert.Contains(svg.Descendants(_svg + "rect"), r => (string?)r.Element(_svg + "title") == "нет данных");
    }

    [Fact]
    public void A_tiles_note_is_written_on_its_square_escaped_and_a_tile_without_one_has_none()
    {
        var tiles = CurrentRegions().Take(3).ToList();
        tiles[0] = tiles[0] with { Note = new Label("3 / 10", "3 / 10 <b>", "3 / 10") };

        var svg = Draw(tiles);

        var texts = svg.Descendants(_svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("3 / 10 <b>", texts);
        Assert.DoesNotContain(texts, t => t.Contains(" / ", StringComparison.Ordinal) && t != "3 / 10 <b>");
    }

    // Relative luminance of a #rrggbb colour: darker shades are lower.
    private static double Lightness(string hex) =>
        (0.2126 * Channel(hex, 1)) + (0.7152 * Channel(hex, 3)) + (0.0722 * Channel(hex, 5));

    private static double Channel(string hex, int at) => int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
}
