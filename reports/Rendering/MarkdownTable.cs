using System.Text;

namespace VolunteerDW.Reports.Rendering;

/// <summary>
/// Pipe tables: a header row, a separator row (<c>|---|---:|</c>, where <c>---:</c> right-aligns
/// a column of numbers and <c>:---:</c> centres one), then body rows. <c>\|</c> is a literal pipe.
/// </summary>
internal static class MarkdownTable
{
    private enum Alignment
    {
        None,
        Right,
        Center,
    }

    /// <summary>
    /// The most columns a table has and still prints on portrait A4: its text block (17 cm) holds
    /// six columns of the report's table type; a table with more prints on a landscape page of its
    /// own (the stylesheet's page "wide"), so no table runs past the paper's edge.
    /// </summary>
    public const int PortraitColumns = 6;

    /// <summary>
    /// The most columns a table has and still prints in the report's table type on landscape A4
    /// (a text block of 25.7 cm); a table with more also prints in smaller type (the stylesheet's
    /// class "dense"). Measured in Chromium on the semi-annual report, in Kazakh and Russian, whose
    /// longest words in a heading set a column's least width.
    /// </summary>
    public const int LandscapeColumns = 10;

    /// <summary>Whether a line belongs to a table: it starts with a pipe.</summary>
    public static bool IsRow(string line) => line.StartsWith('|');

    /// <summary>
    /// The table as HTML, or null when the lines are not one (no valid separator row under the
    /// header, or a different number of columns): then they are an ordinary paragraph.
    /// </summary>
    public static string? ToHtml(IReadOnlyList<string> lines)
    {
        if (lines.Count < 2)
        {
            return null;
        }

        var header = Cells(lines[0]);
        var alignments = Separator(lines[1]);
        if (alignments is null || alignments.Count != header.Count)
        {
            return null;
        }

        var html = new StringBuilder(header.Count switch
        {
            > LandscapeColumns => "<table class=\"wide dense\">\n<thead>\n",
            > PortraitColumns => "<table class=\"wide\">\n<thead>\n",
            _ => "<table>\n<thead>\n",
        });
        AppendRow(html, "th", header, alignments);
        html.Append("</thead>\n");
        if (lines.Count > 2)
        {
            html.Append("<tbody>\n");
            foreach (var line in lines.Skip(2))
            {
                AppendRow(html, "td", Cells(line), alignments);
            }

            html.Append("</tbody>\n");
        }

        return html.Append("</table>").ToString();
    }

    /// <summary>Short rows are padded with empty cells and long ones cut, as GitHub does.</summary>
    private static void AppendRow(StringBuilder html, string tag, List<string> cells, IReadOnlyList<Alignment> alignments)
    {
        html.Append("<tr>");
        for (var column = 0; column < alignments.Count; column++)
        {
            var attribute = alignments[column] switch
            {
                Alignment.Right => " class=\"num\"",
                Alignment.Center => " class=\"center\"",
                _ => "",
            };
            var cell = column < cells.Count ? cells[column] : "";
            html.Append('<').Append(tag).Append(attribute).Append('>')
                .Append(MarkdownInline.ToHtml(cell))
                .Append("</").Append(tag).Append('>');
        }

        html.Append("</tr>\n");
    }

    private static List<Alignment>? Separator(string line)
    {
        var alignments = new List<Alignment>();
        foreach (var cell in Cells(line))
        {
            var left = cell.StartsWith(':');
            var right = cell.Length > 1 && cell.EndsWith(':');
            var dashes = cell[(left ? 1 : 0)..(cell.Length - (right ? 1 : 0))];
            if (dashes.Length == 0 || dashes.Any(c => c != '-'))
            {
                return null;
            }

            alignments.Add(left && right ? Alignment.Center : right ? Alignment.Right : Alignment.None);
        }

        return alignments;
    }

    /// <summary>
    /// The cells of a row, still in Markdown: split at pipes that are not escaped; the leading
    /// pipe and an optional trailing one delimit the row rather than separate cells.
    /// </summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var endedWithPipe = false;
        for (var i = 1; i < line.Length; i++)
        {
            endedWithPipe = false;
            if (line[i] == '\\' && i + 1 < line.Length)
            {
                cell.Append(line, i, 2);
                i++;
            }
            else if (line[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
                endedWithPipe = true;
            }
            else
            {
                cell.Append(line[i]);
            }
        }

        if (!endedWithPipe)
        {
            cells.Add(cell.ToString().Trim());
        }

        return cells;
    }
}
