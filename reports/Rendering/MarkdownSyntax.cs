using System.Text.RegularExpressions;

namespace VolunteerDW.Reports.Rendering;

/// <summary>The whole-line constructs of the report Markdown subset; lines are trimmed before they are matched.</summary>
internal static partial class MarkdownSyntax
{
    /// <summary>Whether text ends in an odd run of backslashes, i.e. its last character is escaped.</summary>
    public static bool EndsEscaped(string text) => (text.Length - text.TrimEnd('\\').Length) % 2 == 1;

    [GeneratedRegex(@"^(?<marks>#{1,4})[ \t]+(?<text>.+)$")]
    public static partial Regex Heading();

    /// <summary>A chart image; the caption is Markdown and must not end in an escaped bracket (see <see cref="EndsEscaped"/>).</summary>
    [GeneratedRegex(@"^!\[(?<caption>.*)\]\(charts/(?<id>[A-Za-z0-9_-]+)\.svg\)$")]
    public static partial Regex Chart();

    [GeneratedRegex(@"^- (?<text>.*)$")]
    public static partial Regex Bullet();

    [GeneratedRegex(@"^(?<number>[0-9]{1,9})\. (?<text>.*)$")]
    public static partial Regex Number();
}
