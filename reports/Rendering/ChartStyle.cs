namespace VolunteerDW.Reports.Rendering;

/// <summary>The look shared by all charts: colours, fonts and text measurement.</summary>
internal static class ChartStyle
{
    /// <summary>
    /// The report's typeface (carried in the HTML page, <see cref="ReportFont"/>), then fonts that
    /// have every Kazakh letter, for a chart opened on its own.
    /// </summary>
    public const string FontFamily = "DejaVu Sans, sans-serif";

    public const double FontSize = 12;

    public const string Ink = "#1a1a1a";

    public const string Muted = "#555555";

    public const string Grid = "#dddddd";

    public const string Axis = "#666666";

    /// <summary>
    /// Okabe–Ito colours, told apart with every common kind of colour blindness; yellow last, as it
    /// is the hardest to see on white paper.
    /// </summary>
    private static readonly string[] _palette = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#F0E442"];

    public static string Colour(int index) => _palette[index % _palette.Length];

    /// <summary>
    /// An estimate of how wide text is drawn: SVG cannot measure text before it is shown, and the
    /// average glyph of these fonts is a little over half the font size.
    /// </summary>
    public static double TextWidth(string text, double fontSize = FontSize) => text.Length * fontSize * 0.6;

    /// <summary>The text, cut with an ellipsis where it would be wider than <paramref name="width"/>.</summary>
    public static string Fit(string text, double width, double fontSize = FontSize)
    {
        var fits = Math.Max(1, (int)(width / (fontSize * 0.6)));
        return text.Length <= fits ? text : string.Concat(text.AsSpan(0, fits - 1), "…");
    }
}
