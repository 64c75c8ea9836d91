using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace VolunteerDW.Reports.Rendering;

/// <summary>
/// Reads report Markdown line by line into blocks. Headings, rules and chart images are whole
/// lines; paragraphs, lists and tables run until a blank line or a line of another kind.
/// </summary>
internal sealed class MarkdownBlocks(IReadOnlyDictionary<string, string> charts)
{
    private enum Block
    {
        None,
        Paragraph,
        Bullets,
        Numbers,
        Table,
    }

    private readonly StringBuilder _html = new();
    private readonly List<TocEntry> _contents = [];
    private readonly HeadingIds _ids = new();
    private readonly List<string> _lines = [];
    private Block _open = Block.None;
    private int _listStart = 1;

    public void Add(string line)
    {
        Match match;
        if (line.Length == 0)
        {
            Close();
        }
        else if ((match = MarkdownSyntax.Heading().Match(line)).Success)
        {
            Close();
            WriteHeading(match.Groups["marks"].Length, match.Groups["text"].Value);
        }
        else if (line == "---")
        {
            Close();
            _html.Append("<hr>\n");
        }
        else if ((match = MarkdownSyntax.Chart().Match(line)).Success && !MarkdownSyntax.EndsEscaped(match.Groups["caption"].Value))
        {
            Close();
            WriteChart(match.Groups["id"].Value, match.Groups["caption"].Value);
        }
        else if ((match = MarkdownSyntax.Bullet().Match(line)).Success)
        {
            Continue(Block.Bullets);
            _lines.Add(match.Groups["text"].Value);
        }
        else if ((match = MarkdownSyntax.Number().Match(line)).Success)
        {
            if (_open != Block.Numbers)
            {
                Continue(Block.Numbers);
                _listStart = int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
            }

            _lines.Add(match.Groups["text"].Value);
        }
        else if (MarkdownTable.IsRow(line))
        {
            Continue(Block.Table);
            _lines.Add(line);
        }
        else if (_open is Block.Bullets or Block.Numbers)
        {
            // A plain line under a list item continues that item, as CommonMark's lazy continuation does.
            _lines[^1] = $"{_lines[^1]} {line}";
        }
        else
        {
            Continue(Block.Paragraph);
            _lines.Add(line);
        }
    }

    public ConvertedMarkdown Finish()
    {
        Close();
        return new ConvertedMarkdown(_html.ToString(), _contents);
    }

    private void Continue(Block block)
    {
        if (_open != block)
        {
            Close();
            _open = block;
        }
    }

    private void Close()
    {
        switch (_open)
        {
            case Block.Paragraph:
                WriteParagraph();
                break;
            case Block.Bullets:
                WriteList("ul", "");
                break;
            case Block.Numbers:
                WriteList("ol", _listStart == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $" start=\"{_listStart}\""));
                break;
            case Block.Table when MarkdownTable.ToHtml(_lines) is { } table:
                _html.Append(table).Append('\n');
                break;
            case Block.Table:
                WriteParagraph();
                break;
        }

        _open = Block.None;
        _lines.Clear();
    }

    private void WriteParagraph() =>
        _html.Append("<p>").Append(MarkdownInline.ToHtml(string.Join(' ', _lines))).Append("</p>\n");

    private void WriteList(string tag, string attributes)
    {
        _html.Append('<').Append(tag).Append(attributes).Append(">\n");
        foreach (var item in _lines)
        {
            _html.Append("<li>").Append(MarkdownInline.ToHtml(item)).Append("</li>\n");
        }

        _html.Append("</").Append(tag).Append(">\n");
    }

    private void WriteHeading(int level, string markdown)
    {
        var text = MarkdownInline.ToPlainText(markdown);
        var id = _ids.Next(text);
        _html.Append(CultureInfo.InvariantCulture, $"<h{level} id=\"{Markup.Escape(id)}\">")
            .Append(MarkdownInline.ToHtml(markdown))
            .Append(CultureInfo.InvariantCulture, $"</h{level}>\n");
        if (level is 2 or 3)
        {
            _contents.Add(new TocEntry(level, id, text));
        }
    }

    /// <summary>
    /// A chart draws its own title and names itself by it (its <c>title</c>), so the caption is not
    /// repeated under it. An unknown chart id leaves the caption as text, so that a missing chart is
    /// visible rather than silently dropped.
    /// </summary>
    private void WriteChart(string id, string caption)
    {
        if (charts.TryGetValue(id, out var svg))
        {
            _html.Append("<figure>\n").Append(svg).Append("\n</figure>\n");
        }
        else
        {
            _html.Append("<p class=\"chart-missing\">").Append(MarkdownInline.ToHtml(caption)).Append("</p>\n");
        }
    }
}
