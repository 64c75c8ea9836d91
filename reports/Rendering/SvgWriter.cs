using System.Globalization;
using System.Text;

namespace VolunteerDW.Reports.Rendering;

/// <summary>
/// Writes one self-contained SVG chart: every text is escaped, numbers are written with the
/// invariant culture, and styling is in presentation attributes so the file stands alone.
/// </summary>
internal sealed class SvgWriter
{
    private const double TitleSize = 15;

    private readonly StringBuilder _svg = new();

    /// <summary>Starts the chart with its title, both as the accessible name and drawn at the top.</summary>
    public SvgWriter(double width, double height, string title)
    {
        _svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(width)}\" height=\"{N(height)}\" viewBox=\"0 0 {N(width)} {N(height)}\"")
            .Append(CultureInfo.InvariantCulture, $" role=\"img\" font-family=\"{ChartStyle.FontFamily}\" font-size=\"{N(ChartStyle.FontSize)}\" fill=\"{ChartStyle.Ink}\">\n")
            .Append("<title>").Append(Markup.Escape(title)).Append("</title>\n")
            .Append(CultureInfo.InvariantCulture, $"<rect width=\"{N(width)}\" height=\"{N(height)}\" fill=\"#ffffff\"/>\n");
        Text(Margin, 24, ChartStyle.Fit(title, width - (2 * Margin), TitleSize), size: TitleSize, bold: true);
    }

    /// <summary>The space kept free along every edge.</summary>
    public const double Margin = 16;

    /// <summary>Where the content below the title starts.</summary>
    public const double BelowTitle = 44;

    /// <summary>Draws text; <paramref name="fullText"/>, when the drawn text was cut short, is shown on hover.</summary>
    public void Text(double x, double y, string text, string anchor = "start", double size = ChartStyle.FontSize, bool bold = false, string fill = ChartStyle.Ink, string? fullText = null)
    {
        _svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"{N(y)}\"");
        if (anchor != "start")
        {
            _svg.Append(" text-anchor=\"").Append(anchor).Append('"');
        }

        if (size != ChartStyle.FontSize)
        {
            _svg.Append(" font-size=\"").Append(N(size)).Append('"');
        }

        if (bold)
        {
            _svg.Append(" font-weight=\"bold\"");
        }

        if (fill != ChartStyle.Ink)
        {
            _svg.Append(" fill=\"").Append(fill).Append('"');
        }

        _svg.Append('>');
        if (fullText is not null && fullText != text)
        {
            _svg.Append("<title>").Append(Markup.Escape(fullText)).Append("</title>");
        }

        _svg.Append(Markup.Escape(text)).Append("</text>\n");
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1) =>
        _svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{stroke}\" stroke-width=\"{N(width)}\"/>\n");

    /// <summary>A rectangle; <paramref name="outline"/>, when given, draws its edge dashed in that colour.</summary>
    public void Rect(double x, double y, double width, double height, string fill, string cssClass, string tooltip, string? outline = null) =>
        _svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{cssClass}\" x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(width)}\" height=\"{N(height)}\" fill=\"{fill}\"")
            .Append(outline is null ? string.Empty : $" stroke=\"{outline}\" stroke-dasharray=\"4 3\"")
            .Append("><title>").Append(Markup.Escape(tooltip)).Append("</title></rect>\n");

    public void Circle(double x, double y, double radius, string fill, string tooltip) =>
        _svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(radius)}\" fill=\"{fill}\">")
            .Append("<title>").Append(Markup.Escape(tooltip)).Append("</title></circle>\n");

    /// <summary>A polyline given as runs of points: each run is drawn, and nothing joins one run to the next.</summary>
    public void Path(IEnumerable<IReadOnlyList<(double X, double Y)>> runs, string stroke, string cssClass)
    {
        var d = string.Join(' ', runs.Select(run => string.Join(' ', run.Select((point, i) => $"{(i == 0 ? 'M' : 'L')}{N(point.X)},{N(point.Y)}"))));
        _svg.Append(CultureInfo.InvariantCulture, $"<path class=\"{cssClass}\" d=\"{d}\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"2\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>\n");
    }

    /// <summary>
    /// A legend of coloured swatches, wrapped to the width; returns the y below it.
    /// </summary>
    public double Legend(IReadOnlyList<string> names, double top, double width)
    {
        var x = Margin;
        var y = top;
        for (var i = 0; i < names.Count; i++)
        {
            var name = ChartStyle.Fit(names[i], width / 2);
            var entryWidth = 24 + ChartStyle.TextWidth(name) + 16;
            if (x > Margin && x + entryWidth > width - Margin)
            {
                x = Margin;
                y += 18;
            }

            Line(x, y - 4, x + 18, y - 4, ChartStyle.Colour(i), 3);
            Text(x + 24, y, name, fullText: names[i]);
            x += entryWidth;
        }

        return y + 10;
    }

    public override string ToString() => new StringBuilder(_svg.Length + 8).Append(_svg).Append("</svg>").ToString();

    /// <summary>A coordinate: at most two decimals, invariant culture.</summary>
    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
