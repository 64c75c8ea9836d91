using System.Globalization;
using System.Xml.Linq;
using VolunteerDW.Reports.Charts;
using VolunteerDW.Reports.Languages;
using VolunteerDW.Reports.Rendering;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Rendering;

public sealed class SvgChartTests
{
    private const string Hostile = "<b>&\"x\"";

    private static readonly XNamespace _svg = "http://www.w3.org/2000/svg";

    /// <summary>Tick steps are 1, 2 or 5 times a power of ten (10 where rounding lands on the next power).</summary>
    private static readonly double[] _roundSteps = [1, 2, 5, 10];

    private static string Format(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static Label Same(string text) => new(text, text, text);

    private static List<Label> Quarters(int count) =>
        Enumerable.Range(0, count).Select(i => Same($"{2024 + (i / 4)} Q{(i % 4) + 1}")).ToList();

    private static LineChart Line(IReadOnlyList<Label> categories, params ChartSeries[] series) =>
        new("volunteers", new Label("Белсенді волонтерлер", "Активные волонтёры", "Active volunteers"), categories, series, Same("people"));

    private static XElement Parse(string svg) => XDocument.Parse(svg).Root!;

    private static List<XElement> All(XElement root, string name, string? cssClass = null) =>
        root.Descendants(_svg + name).Where(e => cssClass is null || (string?)e.Attribute("class") == cssClass).ToList();

    [Fact]
    public void A_line_chart_is_a_self_contained_svg_with_its_title_ticks_and_legend()
    {
        var chart = Line(Quarters(6), new ChartSeries(Same("Volunteers"), [100, 220, 340, 280, 410, 530]), new ChartSeries(Same("Groups"), [10, 20, 30, 40, 50, 60]));

        var root = Parse(SvgCharts.Line(chart, Language.Kk, Format));

        Assert.Equal(_svg + "svg", root.Name);
        Assert.NotNull(root.Attribute("viewBox"));
        Assert.NotNull(root.Attribute("width"));
        Assert.NotNull(root.Attribute("height"));
        Assert.Equal("Белсенді волонтерлер", root.Element(_svg + "title")!.Value);
        Assert.Contains(All(root, "text"), text => text.Value == "Белсенді волонтерлер");
        var ticks = All(root, "text").Where(text => text.Value is "0" or "100" or "200" or "300" or "400" or "500" or "600").ToList();
        Assert.InRange(ticks.Count, 4, 6);
        Assert.Contains(All(root, "text"), text => text.Value == "Volunteers");
        Assert.Contains(All(root, "text"), text => text.Value == "Groups");
        Assert.Equal(2, All(root, "path", "series").Count);
        Assert.DoesNotContain(root.Descendants(), e => e.Name.LocalName is "script" or "foreignObject" or "style" or "image");
    }

    [Fact]
    public void A_line_breaks_at_missing_values_and_a_series_without_values_has_no_path()
    {
        var chart = Line(
            Quarters(6),
            new ChartSeries(Same("gaps"), [1, 2, null, 4, null, 6]),
            new ChartSeries(Same("none"), [null, null, null, null, null, null]),
            new ChartSeries(Same("full"), [3, 3, 3, 3, 3, 3]));

        var paths = All(Parse(SvgCharts.Line(chart, Language.Ru, Format)), "path", "series");

        Assert.Equal(2, paths.Count);
        Assert.Equal(3, paths[0].Attribute("d")!.Value.Count(c => c == 'M'));
        Assert.Equal(1, paths[1].Attribute("d")!.Value.Count(c => c == 'M'));
    }

    [Fact]
    public void A_single_category_is_a_marked_point()
    {
        var chart = Line(Quarters(1), new ChartSeries(Same("one"), [42]));

        var root = Parse(SvgCharts.Line(chart, Language.En, Format));

        Assert.Single(All(root, "path", "series"));
        Assert.Single(All(root, "circle"));
        Assert.Contains(All(root, "text"), text => text.Value == "2024 Q1");
    }

    [Fact]
    public void A_category_of_two_lines_is_drawn_as_two_lines_one_under_the_other()
    {
        var chart = Line([DateText.QuarterAxis(20243), DateText.QuarterAxis(20244)], new ChartSeries(Same("one"), [4, 2]));

        var texts = All(Parse(SvgCharts.Line(chart, Language.Ru, Format)), "text").ToList();

        var quarter = texts.Single(t => t.Value == "3 кв.");
        var year = texts.First(t => t.Value == "2024");
        Assert.Equal((double)quarter.Attribute("x")!, (double)year.Attribute("x")!);
        Assert.True((double)year.Attribute("y")! > (double)quarter.Attribute("y")!);
        Assert.DoesNotContain(texts, t => t.Value.Contains('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void Many_categories_are_labelled_sparsely()
    {
        var chart = Line(Quarters(40), new ChartSeries(Same("long"), Enumerable.Range(0, 40).Select(i => (double?)i).ToList()));

        var labels = All(Parse(SvgCharts.Line(chart, Language.En, Format)), "text").Where(text => text.Value.Contains(" Q", StringComparison.Ordinal)).ToList();

        Assert.InRange(labels.Count, 5, 20);
        Assert.Equal("2024 Q1", labels[0].Value);
    }

    [Fact]
    public void Bars_are_drawn_per_figure_and_a_missing_figure_is_a_dash()
    {
        var chart = new BarChart("rate", Same("Volunteers per 10,000"), [new Bar(Same("Абай"), 41.5), new Bar(Same("Алматы"), null), new Bar(Same("Астана"), 12)], Same("per 10,000"));

        var root = Parse(SvgCharts.Bars(chart, Language.Ru, value => value.ToString("0.0", CultureInfo.InvariantCulture)));

        Assert.Equal(2, All(root, "rect", "bar").Count);
        Assert.Contains(All(root, "text"), text => text.Value == "—");
        Assert.Contains(All(root, "text"), text => text.Value == "41.5");
        Assert.Contains(All(root, "text"), text => text.Value == "Алматы");
    }

    [Fact]
    public void Labels_from_data_are_escaped_in_every_place()
    {
        var label = new Label(Hostile, Hostile, Hostile);
        var line = new LineChart("x", label, [label, label], [new ChartSeries(label, [1, 2]), new ChartSeries(label, [2, 1])], label);
        var bars = new BarChart("y", label, [new Bar(label, 1), new Bar(new Label("\u0001ctl", "\u0001ctl", "\u0001ctl"), 2)], label);

        foreach (var svg in new[] { SvgCharts.Line(line, Language.Kk, Format), SvgCharts.Bars(bars, Language.Kk, Format) })
        {
            var root = Parse(svg);
            Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
            Assert.Equal(Hostile, root.Element(_svg + "title")!.Value);
            Assert.Contains(All(root, "text"), text => text.Value == Hostile);
        }
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 1)]
    [InlineData(0, 7)]
    [InlineData(3, 12)]
    [InlineData(0, 0.153)]
    [InlineData(0, 99)]
    [InlineData(0, 101)]
    [InlineData(0, 283_456)]
    [InlineData(-4.5, 4.5)]
    [InlineData(-120, -3)]
    [InlineData(1e6, 1.2e6)]
    public void The_value_axis_has_four_to_six_round_ticks_from_zero_past_the_data(double low, double high)
    {
        var scale = ValueScale.For([low, high, null]);

        Assert.InRange(scale.Ticks.Count, 4, 6);
        Assert.True(scale.Min <= Math.Min(0, low) && scale.Max >= Math.Max(0, high), $"{scale.Min}..{scale.Max}");
        Assert.Contains(0, scale.Ticks);
        var step = scale.Ticks[1] - scale.Ticks[0];
        var mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step)));
        Assert.Contains(Math.Round(mantissa, 6), _roundSteps);
        if (low == Math.Round(low) && high == Math.Round(high))
        {
            Assert.All(scale.Ticks, tick => Assert.Equal(Math.Round(tick), tick));
        }
    }

    [Fact]
    public void Random_ranges_always_get_four_to_six_ticks()
    {
        var random = new Random(20170324);
        for (var i = 0; i < 2000; i++)
        {
            var magnitude = Math.Pow(10, random.Next(-3, 8));
            double?[] values = [random.NextDouble() * magnitude * (random.Next(4) == 0 ? -1 : 1), random.NextDouble() * magnitude];

            Assert.InRange(ValueScale.For(values).Ticks.Count, 4, 6);
        }
    }
}
