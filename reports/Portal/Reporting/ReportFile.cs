using VolunteerDW.Reports.Output;

namespace VolunteerDW.Portal.Reporting;

/// <summary>A report's file ready to hand out: where it is, what the browser is told it is, and the name it is saved as.</summary>
public sealed record ReportFile(string Path, string ContentType, string DownloadName)
{
    private static readonly Dictionary<string, string> _types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".pdf"] = "application/pdf",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".zip"] = "application/zip",
        [".md"] = "text/markdown; charset=utf-8",
    };

    /// <summary>The extension a format's file gets: Markdown comes with its charts, as a zip.</summary>
    public static string Extension(ReportFormat format) => format == ReportFormat.Md ? ".zip" : "." + format.ToString().ToLowerInvariant();

    /// <summary>What a browser is told a file with the extension is; null for a file the portal does not hand out.</summary>
    public static string? TypeOf(string path) => _types.GetValueOrDefault(System.IO.Path.GetExtension(path));
}
