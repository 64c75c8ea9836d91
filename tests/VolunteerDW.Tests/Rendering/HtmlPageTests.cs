using System.Text.RegularExpressions;
using VolunteerDW.Reports.Rendering;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Rendering;

public sealed partial class HtmlPageTests
{
    private const string Markdown = """
        # Жарты жылдық есеп

        ## Ағымдағы жағдай
        Белсенді волонтерлер саны өсті.

        ### Облыстар бойынша

        | Облыс | Волонтерлер |
        |---|---:|
        | Абай | 1 200 |

        ## Мәселелер

        ### Ұсыныстар
        ### Ұсыныстар

        #### Толығырақ
        """;

    private static readonly PageHeader _header = new("Еріктілік қызметі туралы есеп", "2026 жылғы бірінші жарты жыл", "Жасалған күні: 2026-07-20, деректер 2026-07-18 бойынша");

    [Fact]
    public void The_page_carries_its_one_typeface_in_four_faces_and_asks_for_no_other()
    {
        var page = HtmlPage.Render(Language.Kk, _header, MarkdownHtml.Convert(Markdown, new Dictionary<string, string>()));

        var faces = FontFace().Matches(page);
        Assert.Equal(4, faces.Count);
        Assert.Equal(["normal normal", "bold normal", "normal italic", "bold italic"], faces.Select(f => $"{f.Groups["weight"].Value} {f.Groups["style"].Value}"));
        foreach (Match face in faces)
        {
            using var font = new MemoryStream(Convert.FromBase64String(face.Groups["data"].Value));
            Assert.Equal("wOF2"u8.ToArray(), font.ToArray()[..4]);
        }

        // Every font-family is the shipped face, or a variable that is (--text-font, --heading-font).
        Assert.All(FontFamilies().Matches(page), family => Assert.Matches("^(\"DejaVu Sans\"|var\\(--(text|heading)-font\\))", family.Groups["list"].Value.Trim()));
        Assert.All(FontVariables().Matches(page), variable => Assert.StartsWith("\"DejaVu Sans\"", variable.Groups["list"].Value.Trim(), StringComparison.Ordinal));
        Assert.Equal(2, FontVariables().Count(page));
        Assert.DoesNotContain("url(http", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("@font-face \\{ font-family: \"DejaVu Sans\"; font-weight: (?<weight>\\w+); font-style: (?<style>\\w+); src: url\\(data:font/woff2;base64,(?<data>[A-Za-z0-9+/=]+)\\) format\\(\"woff2\"\\); \\}")]
    private static partial Regex FontFace();

    [GeneratedRegex("(?<![-\\w])font-family:(?<list>[^;}]+)")]
    private static partial Regex FontFamilies();

    [GeneratedRegex("--(text|heading)-font:(?<list>[^;}]+)")]
    private static partial Regex FontVariables();

    private static string Page(Language language = Language.Kk, PageHeader? header = null) =>
        HtmlPage.Render(language, header ?? _header, MarkdownHtml.Convert(Markdown, new Dictionary<string, string>()));

    [Theory]
    [InlineData(Language.Kk, "kk", "Мазмұны")]
    [InlineData(Language.Ru, "ru", "Содержание")]
    [InlineData(Language.En, "en", "Contents")]
    public void The_page_is_a_whole_document_in_its_language(Language language, string lang, string contents)
    {
        var page = Page(language);

        Assert.StartsWith("<!DOCTYPE html>\n", page, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{lang}\">", page, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", page, StringComparison.Ordinal);
        Assert.Contains("<title>Еріктілік қызметі туралы есеп — 2026 жылғы бірінші жарты жыл</title>", page, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"contents-title\">{contents}</p>", page, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_inline_css_prints_on_a4_with_sections_on_new_pages()
    {
        var page = Page();

        Assert.DoesNotContain("<link", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.Ordinal);
        Assert.Matches(@"@page\s*\{\s*size:\s*A4;\s*margin:", page);
        Assert.Matches(@"h2\s*\{\s*break-before:\s*page;", page);
        Assert.Matches(@"table, figure[^{]*\{\s*break-inside:\s*avoid;", page);
    }

    [Fact]
    public void The_contents_list_links_to_every_section_and_subsection()
    {
        var page = Page();
        var main = page[page.IndexOf("<main>", StringComparison.Ordinal)..];
        var nav = page[page.IndexOf("<nav", StringComparison.Ordinal)..page.IndexOf("</nav>", StringComparison.Ordinal)];

        var ids = SectionId().Matches(main).Select(match => match.Groups["id"].Value).ToList();
        var links = Link().Matches(nav).Select(match => match.Groups["id"].Value).ToList();

        Assert.Equal(5, ids.Count);
        Assert.Equal(ids, links);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("<li><a href=\"#мәселелер\">Мәселелер</a>\n<ol>\n<li><a href=\"#ұсыныстар\">Ұсыныстар</a></li>\n<li><a href=\"#ұсыныстар-2\">Ұсыныстар</a></li>\n</ol>\n</li>", nav, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_text_is_escaped()
    {
        var page = Page(header: new PageHeader("<script>alert(1)</script>", "H1 & \"H2\"", "<b>now</b>"));

        Assert.DoesNotContain("<script", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", page, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"report-title\">&lt;script&gt;alert(1)&lt;/script&gt;</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"report-period\">H1 &amp; &quot;H2&quot;</p>", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("<h[23] id=\"(?<id>[^\"]+)\">")]
    private static partial Regex SectionId();

    [GeneratedRegex("<a href=\"#(?<id>[^\"]+)\">")]
    private static partial Regex Link();
}
