using System.IO.Compression;
using System.Text.RegularExpressions;

namespace VolunteerDW.Portal.Reporting;

/// <summary>
/// A Markdown report as one download: a zip of the <c>.md</c> and the charts it shows, under
/// <c>charts/</c> as the Markdown links them — the layout <c>vdw report --format md</c> writes, so
/// the file reads the same unpacked anywhere. Only charts the Markdown links are taken, from the
/// <c>charts</c> folder beside it.
/// </summary>
public static partial class MarkdownBundle
{
    public static void Write(string markdownPath, Stream output)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(markdownPath))!;
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        zip.CreateEntryFromFile(markdownPath, Path.GetFileName(markdownPath), CompressionLevel.Optimal);
        var charts = ChartLink().Matches(File.ReadAllText(markdownPath)).Select(m => m.Groups["file"].Value).Distinct(StringComparer.Ordinal);
        foreach (var chart in charts)
        {
            var path = Path.Combine(folder, "charts", chart);
            if (File.Exists(path))
            {
                zip.CreateEntryFromFile(path, $"charts/{chart}", CompressionLevel.Optimal);
            }
        }
    }

    // A chart's file name is made by the report (ReportFunctions.ChartFile): letters, digits and dashes.
    [GeneratedRegex(@"\]\(charts/(?<file>[A-Za-z0-9_-]+\.svg)\)")]
    private static partial Regex ChartLink();
}
