using System.Globalization;
using System.Text;
using VolunteerDW.Warehouse;

namespace VolunteerDW.Reports.Rendering;

/// <summary>
/// The one typeface of the report, shipped inside the product and embedded in every HTML page (and
/// so in its PDF): DejaVu Sans, regular, bold, oblique and bold oblique, cut to Latin, Cyrillic with
/// every Kazakh letter, and the punctuation, arrows, №, ₸ and the minus sign the reports use
/// (<c>Fonts/LICENSE.txt</c>). Noto Sans lacks the minus sign and the arrows.
/// A print server's own fonts may lack ә, ғ, қ, ң, ө, ұ, ү, һ, і and fall back mid-word to another
/// face; with the font in the page, the report looks the same on any machine.
/// </summary>
public static class ReportFont
{
    /// <summary>The family's name, as the CSS and the charts ask for it.</summary>
    public const string Family = "DejaVu Sans";

    private static readonly (string File, string Weight, string Style)[] _faces =
    [
        ("DejaVuSans-Regular.woff2", "normal", "normal"), ("DejaVuSans-Bold.woff2", "bold", "normal"),
        ("DejaVuSans-Italic.woff2", "normal", "italic"), ("DejaVuSans-BoldItalic.woff2", "bold", "italic"),
    ];

    private static readonly Lazy<string> _fontFaces = new(() =>
    {
        var css = new StringBuilder();
        foreach (var (file, weight, style) in _faces)
        {
            var data = Convert.ToBase64String(EmbeddedFiles.ReadBytes(typeof(ReportFont).Assembly, $"Rendering/Fonts/{file}"));
            css.Append(CultureInfo.InvariantCulture,
                $"@font-face {{ font-family: \"{Family}\"; font-weight: {weight}; font-style: {style}; src: url(data:font/woff2;base64,{data}) format(\"woff2\"); }}\n");
        }

        return css.ToString();
    });

    /// <summary>The CSS <c>@font-face</c> rules that carry the four faces in the page itself.</summary>
    public static string FontFaces => _fontFaces.Value;
}
