using VolunteerDW.Reports.Rendering;

namespace VolunteerDW.Tests.Rendering;

public sealed class MarkdownHtmlTests
{
    private static readonly Dictionary<string, string> _charts = new() { ["volunteers"] = "<svg id=\"chart\"></svg>" };

    private static string Body(string markdown) => MarkdownHtml.Convert(markdown, _charts).Body;

    [Theory]
    [InlineData("# Title", "<h1 id=\"title\">Title</h1>\n")]
    [InlineData("## Общее состояние", "<h2 id=\"общее-состояние\">Общее состояние</h2>\n")]
    [InlineData("### Жалпы жағдай, 2026", "<h3 id=\"жалпы-жағдай-2026\">Жалпы жағдай, 2026</h3>\n")]
    [InlineData("#### Four", "<h4 id=\"four\">Four</h4>\n")]
    [InlineData("##### Five", "<p>##### Five</p>\n")]
    [InlineData("#NoSpace", "<p>#NoSpace</p>\n")]
    [InlineData("one\ntwo\r\nthree", "<p>one two three</p>\n")]
    [InlineData("one\n\n\ntwo", "<p>one</p>\n<p>two</p>\n")]
    [InlineData("- a\n- b", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")]
    [InlineData("- a\n  still a\n- b", "<ul>\n<li>a still a</li>\n<li>b</li>\n</ul>\n")]
    [InlineData("1. a\n2. b", "<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n")]
    [InlineData("3. c\n4. d", "<ol start=\"3\">\n<li>c</li>\n<li>d</li>\n</ol>\n")]
    [InlineData("- a\n1. b", "<ul>\n<li>a</li>\n</ul>\n<ol>\n<li>b</li>\n</ol>\n")]
    [InlineData("text\n- item", "<p>text</p>\n<ul>\n<li>item</li>\n</ul>\n")]
    [InlineData("-not a list", "<p>-not a list</p>\n")]
    [InlineData("---", "<hr>\n")]
    [InlineData("a\n---\nb", "<p>a</p>\n<hr>\n<p>b</p>\n")]
    [InlineData("**strong** and *emphasis*", "<p><strong>strong</strong> and <em>emphasis</em></p>\n")]
    [InlineData("**a *b* c**", "<p><strong>a <em>b</em> c</strong></p>\n")]
    [InlineData("2 * 3 * 4 ** 5", "<p>2 * 3 * 4 ** 5</p>\n")]
    [InlineData("**unclosed", "<p>**unclosed</p>\n")]
    [InlineData("\\*not emphasis\\* \\# \\\\ \\a", "<p>*not emphasis* # \\ \\a</p>\n")]
    [InlineData("<b>x</b> & \"q\" 'a'", "<p>&lt;b&gt;x&lt;/b&gt; &amp; &quot;q&quot; &#39;a&#39;</p>\n")]
    [InlineData("[a](https://example.kz) <https://example.kz>", "<p>[a](https://example.kz) &lt;https://example.kz&gt;</p>\n")]
    [InlineData("`code` _under_ ~~strike~~", "<p>`code` _under_ ~~strike~~</p>\n")]
    [InlineData("    indented", "<p>indented</p>\n")]
    [InlineData("> quote", "<p>&gt; quote</p>\n")]
    public void Each_construct_of_the_subset_becomes_its_html(string markdown, string html) =>
        Assert.Equal(html, Body(markdown));

    [Theory]
    [InlineData(
        "| Region | Count | Share |\n|---|---:|:---:|\n| Abai | 1 200 | 5% |\n| Astana | 30 |",
        "<table>\n<thead>\n<tr><th>Region</th><th class=\"num\">Count</th><th class=\"center\">Share</th></tr>\n</thead>\n<tbody>\n"
        + "<tr><td>Abai</td><td class=\"num\">1 200</td><td class=\"center\">5%</td></tr>\n"
        + "<tr><td>Astana</td><td class=\"num\">30</td><td class=\"center\"></td></tr>\n</tbody>\n</table>\n")]
    [InlineData(
        "| a \\| b | **c** |\n| --- | --- |\n| x \\\\| y | z | extra |",
        "<table>\n<thead>\n<tr><th>a | b</th><th><strong>c</strong></th></tr>\n</thead>\n<tbody>\n"
        + "<tr><td>x \\</td><td>y</td></tr>\n</tbody>\n</table>\n")]
    [InlineData("| only | header |\n|---|---|", "<table>\n<thead>\n<tr><th>only</th><th>header</th></tr>\n</thead>\n</table>\n")]
    [InlineData("| a | b |\n| x | y |", "<p>| a | b | | x | y |</p>\n")]
    [InlineData("| a | b |\n|---|", "<p>| a | b | |---|</p>\n")]
    [InlineData("| a |\n|-:-|", "<p>| a | |-:-|</p>\n")]
    public void Pipe_tables_have_a_header_alignment_and_literal_escaped_pipes(string markdown, string html) =>
        Assert.Equal(html, Body(markdown));

    [Fact]
    public void A_chart_image_inlines_its_svg_in_a_figure_without_repeating_the_title_the_chart_draws()
    {
        var body = Body("![Активные **волонтёры** \\<2026\\>](charts/volunteers.svg)");

        Assert.Equal("<figure>\n<svg id=\"chart\"></svg>\n</figure>\n", body);
    }

    [Theory]
    [InlineData("![Missing chart](charts/unknown.svg)", "<p class=\"chart-missing\">Missing chart</p>\n")]
    [InlineData("![Elsewhere](https://example.kz/volunteers.svg)", "<p>![Elsewhere](https://example.kz/volunteers.svg)</p>\n")]
    [InlineData("![Escaped bracket\\](charts/volunteers.svg)", "<p>![Escaped bracket](charts/volunteers.svg)</p>\n")]
    [InlineData("text ![inline](charts/volunteers.svg)", "<p>text ![inline](charts/volunteers.svg)</p>\n")]
    public void An_image_that_is_not_a_known_chart_on_its_own_line_is_text(string markdown, string html) =>
        Assert.Equal(html, Body(markdown));

    [Fact]
    public void Heading_ids_are_unique_and_a_heading_without_letters_gets_a_numbered_id()
    {
        var result = MarkdownHtml.Convert("## Итоги\n\n## Итоги\n\n### итоги!\n\n## ***\n\n## Итоги 2", _charts);

        Assert.Equal(["итоги", "итоги-2", "итоги-3", "s4", "итоги-2-2"], result.Contents.Select(entry => entry.Id));
        Assert.Equal(result.Contents.Count, result.Contents.Select(entry => entry.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_contents_list_h2_and_h3_with_their_plain_text()
    {
        var result = MarkdownHtml.Convert("# Report\n\n## **Current** state\n\n### Groups \\*\n\n#### Detail\n\n## Problems", _charts);

        Assert.Equal(
            [new TocEntry(2, "current-state", "Current state"), new TocEntry(3, "groups", "Groups *"), new TocEntry(2, "problems", "Problems")],
            result.Contents);
        Assert.Contains("<h2 id=\"current-state\"><strong>Current</strong> state</h2>", result.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_report_converts_block_by_block()
    {
        const string markdown = """
            # Доклад

            ## Общее состояние
            Число волонтёров выросло на **8%**.
            Подробности — в таблице.

            | Регион | Волонтёры |
            |---|---:|
            | Абай | 1 200 |

            ![Волонтёры по кварталам](charts/volunteers.svg)
            - первый пункт
            - второй пункт
            """;

        Assert.Equal(
            "<h1 id=\"доклад\">Доклад</h1>\n<h2 id=\"общее-состояние\">Общее состояние</h2>\n"
            + "<p>Число волонтёров выросло на <strong>8%</strong>. Подробности — в таблице.</p>\n"
            + "<table>\n<thead>\n<tr><th>Регион</th><th class=\"num\">Волонтёры</th></tr>\n</thead>\n<tbody>\n<tr><td>Абай</td><td class=\"num\">1 200</td></tr>\n</tbody>\n</table>\n"
            + "<figure>\n<svg id=\"chart\"></svg>\n</figure>\n"
            + "<ul>\n<li>первый пункт</li>\n<li>второй пункт</li>\n</ul>\n",
            Body(markdown));
    }

    [Theory]
    [InlineData("за 1-е полугодие 2026 г. и 2025–2026 гг.", "<p>за 1-е полугодие 2026\u00A0г. и 2025–2026\u00A0гг.</p>\n")]
    [InlineData("в г. Алматы 5 городов", "<p>в г. Алматы 5 городов</p>\n")]
    public void A_year_keeps_its_abbreviation_on_its_line(string markdown, string html) =>
        Assert.Equal(html, Body(markdown));

    [Fact]
    public void A_long_heading_gets_an_id_of_its_first_words_short_enough_to_name_a_PDF_link()
    {
        var heading = "Қоршаған ортаны қорғау және аумақтарды абаттандыру бойынша бағдарламалар мен акциялар, 2026 жылғы 1-жартыжылдық";

        var result = MarkdownHtml.Convert($"## {heading}\n\n## {heading}", _charts);

        var ids = result.Contents.Select(c => c.Id).ToList();
        Assert.Equal(2, ids.Distinct().Count());
        Assert.All(ids, id => Assert.InRange(Uri.EscapeDataString(id).Length, 1, 127));
        Assert.Equal("қоршаған-ортаны", ids[0]);
        Assert.Equal(ids[0] + "-2", ids[1]);
    }
}
