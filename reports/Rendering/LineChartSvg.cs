using VolunteerDW.Reports.Charts;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Rendering;

/// <summary>Draws a <see cref="LineChart"/>: categories along the bottom, one line per series, broken where a value is missing.</summary>
internal static class LineChartSvg
{
    private const double Width = 720;

    private const double Height = 380;

    private const double LabelGap = 12;

    public static string Render(LineChart chart, Language language, Func<double, string> formatNumber)
    {
        var names = chart.Series.Select(series => series.Name.In(language)).ToList();
        var svg = new SvgWriter(Width, Height, chart.Title.In(language));
        var top = chart.Series.Count > 1 ? svg.Legend(names, SvgWriter.BelowTitle + 4, Width) + 12 : SvgWriter.BelowTitle + 8;
        svg.Text(SvgWriter.Margin, top, chart.Unit.In(language), fill: ChartStyle.Muted);
        top += 14;

        var scale = ValueScale.For(chart.Series.SelectMany(series => series.Values.Take(chart.Categories.Count)));
        var tickLabels = scale.Ticks.Select(formatNumber).ToList();
        var left = SvgWriter.Margin + tickLabels.Max(label => ChartStyle.TextWidth(label)) + 8;
        var right = Width - SvgWriter.Margin;
        var bottom = Height - 40;
        for (var i = 0; i < scale.Ticks.Count; i++)
        {
            var y = scale.Map(scale.Ticks[i], bottom, top);
            svg.Line(left, y, right, y, scale.Ticks[i] == 0 ? ChartStyle.Axis : ChartStyle.Grid);
            svg.Text(left - 6, y + 4, tickLabels[i], anchor: "end", fill: ChartStyle.Muted);
        }

        // Each category gets a band of equal width with its point in the middle, so that the
        // first and last labels stay inside the chart and a single category is centred. A label
        // may run to several lines (a quarter above its year), drawn one under the other.
        var categories = chart.Categories.Select(category => category.In(language).Split('\n')).ToList();
        var band = (right - left) / Math.Max(1, categories.Count);
        double X(int index) => left + (band * (index + 0.5));
        var widest = categories.SelectMany(lines => lines).Select(line => ChartStyle.TextWidth(line)).DefaultIfEmpty(0).Max();
        var every = Math.Max(1, (int)Math.Ceiling((widest + LabelGap) / band));
        for (var i = 0; i < categories.Count; i++)
        {
            svg.Line(X(i), bottom, X(i), bottom + 4, ChartStyle.Axis);
            if (i % every == 0)
            {
                foreach (var (line, number) in categories[i].Select((line, number) => (line, number)))
                {
                    var text = ChartStyle.Fit(line, Math.Max(band * every - LabelGap, band));
                    svg.Text(X(i), bottom + 18 + (number * 14), text, anchor: "middle", fullText: line);
                }
            }
        }

        double Y(double value) => scale.Map(value, bottom, top);
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var runs = Runs(chart.Series[s].Values.Take(categories.Count)).ToList();
            if (runs.Count == 0)
            {
                continue;
            }

            var colour = ChartStyle.Colour(s);
            svg.Path(runs.Select(run => run.Select(point => (X(point.Index), Y(point.Value))).ToList()), colour, "series");
            foreach (var (index, value) in runs.SelectMany(run => run))
            {
                // A marker on every figure keeps a lone value between two gaps visible.
                svg.Circle(X(index), Y(value), 3, colour, $"{names[s]}, {string.Join(' ', categories[index])}: {formatNumber(value)}");
            }
        }

        return svg.ToString();
    }

    /// <summary>The stretches of consecutive figures: a missing or non-finite value ends one.</summary>
    private static IEnumerable<List<(int Index, double Value)>> Runs(IEnumerable<double?> values)
    {
        var run = new List<(int Index, double Value)>();
        foreach (var (index, value) in values.Index())
        {
            if (value is { } figure && double.IsFinite(figure))
            {
                run.Add((index, figure));
            }
            else if (run.Count > 0)
            {
                yield return run;
                run = [];
            }
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }
}
