using VolunteerDW.Reports.Charts;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Rendering;

/// <summary>
/// Draws a <see cref="BarChart"/> as horizontal bars, one row per bar, labels on the left and the
/// value at the end of each bar; the chart grows with the number of bars so every label shows.
/// </summary>
internal static class BarChartSvg
{
    private const double Width = 720;

    private const double Row = 24;

    private const double Thickness = 16;

    private const double MaxLabelWidth = 260;

    /// <summary>What a missing figure is shown as, in place of its bar.</summary>
    private const string NoFigure = "—";

    public static string Render(BarChart chart, Language language, Func<double, string> formatNumber)
    {
        var labels = chart.Bars.Select(bar => bar.Label.In(language)).ToList();
        var values = chart.Bars.Select(bar => bar.Value is { } value && double.IsFinite(value) ? value : (double?)null).ToList();
        var valueLabels = values.Select(value => value is { } figure ? formatNumber(figure) : NoFigure).ToList();
        var scale = ValueScale.For(values);
        var tickLabels = scale.Ticks.Select(formatNumber).ToList();

        var top = SvgWriter.BelowTitle + 22;
        var plotHeight = Math.Max(1, labels.Count) * Row;
        var svg = new SvgWriter(Width, top + plotHeight + 32, chart.Title.In(language));
        svg.Text(SvgWriter.Margin, SvgWriter.BelowTitle + 8, chart.Unit.In(language), fill: ChartStyle.Muted);

        var labelWidth = Math.Min(MaxLabelWidth, labels.Select(label => ChartStyle.TextWidth(label)).DefaultIfEmpty(0).Max());
        var left = SvgWriter.Margin + labelWidth + 8;
        var valueRoom = valueLabels.Concat(tickLabels).Max(label => ChartStyle.TextWidth(label)) + 8;
        var right = Width - SvgWriter.Margin - valueRoom;
        var bottom = top + plotHeight;
        double X(double value) => scale.Map(value, left, right);

        foreach (var (tick, label) in scale.Ticks.Zip(tickLabels))
        {
            svg.Line(X(tick), top, X(tick), bottom, tick == 0 ? ChartStyle.Axis : ChartStyle.Grid);
            svg.Text(X(tick), bottom + 16, label, anchor: "middle", fill: ChartStyle.Muted);
        }

        var zero = X(0);
        for (var i = 0; i < labels.Count; i++)
        {
            var middle = top + (Row * i) + (Row / 2);
            svg.Text(left - 8, middle + 4, ChartStyle.Fit(labels[i], labelWidth), anchor: "end", fullText: labels[i]);
            if (values[i] is not { } value)
            {
                svg.Text(zero + 4, middle + 4, NoFigure, fill: ChartStyle.Muted);
                continue;
            }

            var end = X(value);
            svg.Rect(Math.Min(zero, end), middle - (Thickness / 2), Math.Abs(end - zero), Thickness, ChartStyle.Colour(0), "bar", $"{labels[i]}: {valueLabels[i]}");
            var outside = value < 0 ? Math.Min(zero, end) - 4 : Math.Max(zero, end) + 4;
            svg.Text(outside, middle + 4, valueLabels[i], anchor: value < 0 ? "end" : "start");
        }

        return svg.ToString();
    }
}
