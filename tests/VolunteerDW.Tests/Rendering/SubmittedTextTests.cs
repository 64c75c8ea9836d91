using VolunteerDW.Reports.Rendering;

namespace VolunteerDW.Tests.Rendering;

/// <summary>
/// Text from submitted workbooks goes through <see cref="MarkdownText.Escape"/> into the report's
/// Markdown and through the converter into HTML: it must come out as exactly that text, encoded.
/// </summary>
public sealed class SubmittedTextTests
{
    private const string Everything = "<script>alert(1)</script> **bold** [link](javascript:alert(1)) | pipes | # heading `code` &amp; C:\\temp\\ \\* \\\\";

    private static readonly Dictionary<string, string> _charts = new() { ["c"] = "<svg></svg>" };

    public static TheoryData<string> Texts() =>
    [
        "<script>alert(1)</script>",
        "**bold**",
        "[link](javascript:alert(1))",
        "| pipes |",
        "# heading",
        "`code`",
        "&amp;",
        "back\\slash \\* \\\\ \\",
        "1. numbered",
        "- bullet",
        "---",
        "![x](charts/c.svg)",
        "*em* _u_ ~~s~~",
        "<img src=x onerror=alert(1)>",
        "\"quoted\" 'single'",
        "Қазақ тілі: «Жасыл ел» — 100%",
        Everything,
    ];

    /// <summary>What the text must become in HTML: itself, with the five special characters encoded.</summary>
    private static string Encoded(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Texts))]
    public void In_a_paragraph_it_is_exactly_the_text(string text) =>
        Assert.Equal($"<p>{Encoded(text)}</p>\n", Convert(MarkdownText.Escape(text)));

    [Theory]
    [MemberData(nameof(Texts))]
    public void In_a_template_sentence_and_a_list_item_it_is_exactly_the_text(string text) =>
        Assert.Equal(
            $"<p><strong>Practice:</strong> {Encoded(text)}.</p>\n<ul>\n<li>{Encoded(text)}</li>\n</ul>\n",
            Convert($"**Practice:** {MarkdownText.Escape(text)}.\n\n- {MarkdownText.Escape(text)}"));

    [Theory]
    [MemberData(nameof(Texts))]
    public void In_a_table_cell_it_is_exactly_the_text_in_one_cell(string text) =>
        Assert.Equal(
            $"<table>\n<thead>\n<tr><th>Title</th><th class=\"num\">People</th></tr>\n</thead>\n<tbody>\n<tr><td>{Encoded(text)}</td><td class=\"num\">12</td></tr>\n</tbody>\n</table>\n",
            Convert($"| Title | People |\n|---|---:|\n| {MarkdownText.Cell(text)} | 12 |"));

    [Theory]
    [MemberData(nameof(Texts))]
    public void In_a_heading_and_the_caption_of_a_missing_chart_it_is_exactly_the_text(string text)
    {
        var result = MarkdownHtml.Convert($"## {MarkdownText.Escape(text)}\n\n![{MarkdownText.Escape(text)}](charts/missing.svg)", _charts);

        Assert.Single(result.Contents);
        Assert.Equal(text, result.Contents[0].Text);
        Assert.Equal(
            $"<h2 id=\"{Encoded(result.Contents[0].Id)}\">{Encoded(text)}</h2>\n<p class=\"chart-missing\">{Encoded(text)}</p>\n",
            result.Body);
    }

    [Fact]
    public void No_tag_link_emphasis_or_heading_is_created()
    {
        var body = Convert(MarkdownText.Escape(Everything));

        Assert.Equal("<p>", body[..3]);
        Assert.Equal(2, body.Count(c => c == '<'));
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a", body, StringComparison.Ordinal);
        Assert.DoesNotContain("href", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<code>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<table>", body, StringComparison.Ordinal);
        Assert.Contains("&amp;amp;", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("first line\nsecond\r\nthird\ttabbed", "first line second third tabbed")]
    [InlineData("Жасыл ел 2026", "Жасыл ел 2026")]
    public void Line_breaks_and_tabs_become_spaces_and_letters_stay(string text, string escaped) =>
        Assert.Equal(escaped, MarkdownText.Escape(text));

    [Fact]
    public void Every_ascii_punctuation_character_comes_back_as_itself_and_those_that_make_markup_are_escaped()
    {
        var punctuation = new string(Enumerable.Range(33, 94).Select(code => (char)code).Where(c => !char.IsAsciiLetterOrDigit(c)).ToArray());

        var escaped = MarkdownText.Escape(punctuation);

        Assert.Equal($"<p>{Encoded(punctuation)}</p>\n", Convert(escaped));
        foreach (var c in "\\`*_[]<>|&~#")
        {
            Assert.Contains($"\\{c}", escaped, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("+ not a list", "\\+ not a list")]
    [InlineData("1. not numbered", "1\\. not numbered")]
    [InlineData("2026) not numbered", "2026\\) not numbered")]
    [InlineData("7,5% и 1-е полугодие 2026 г.", "7,5% и 1-е полугодие 2026 г.")]
    public void Characters_that_only_start_a_block_are_escaped_only_at_the_start(string text, string escaped) =>
        Assert.Equal(escaped, MarkdownText.Escape(text));

    private static string Convert(string markdown) => MarkdownHtml.Convert(markdown, _charts).Body;
}
