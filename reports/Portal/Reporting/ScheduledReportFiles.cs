namespace VolunteerDW.Portal.Reporting;

/// <summary>A report a scheduled job wrote: its path under the reports folder (with <c>/</c>), its language's code, and when it was written.</summary>
public sealed record ScheduledReport(string Path, string? Language, DateTimeOffset WrittenAt);

/// <summary>
/// The reports the scheduled jobs wrote (under <c>&lt;reports&gt;/&lt;period&gt;/&lt;job&gt;/</c>):
/// listed, and found again only inside that folder — a path that climbs out of it, an absolute
/// path, a link or a file of another kind finds nothing.
/// </summary>
public static class ScheduledReportFiles
{
    private static readonly string[] _kinds = [".html", ".pdf", ".xlsx", ".md"];

    /// <summary>Every report file in the folder, the latest written first; none when the folder does not exist yet.</summary>
    public static IReadOnlyList<ScheduledReport> List(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var root = Path.GetFullPath(folder);
        return [.. new DirectoryInfo(root).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint })
            .Where(f => _kinds.Contains(f.Extension, StringComparer.OrdinalIgnoreCase))
            .Select(f => new ScheduledReport(Path.GetRelativePath(root, f.FullName).Replace('\\', '/'), LanguageOf(f.Name), new DateTimeOffset(f.LastWriteTimeUtc, TimeSpan.Zero)))
            .OrderByDescending(r => r.WrittenAt).ThenBy(r => r.Path, StringComparer.Ordinal)];
    }

    /// <summary>The full path of a report file the listing names, or null for anything else.</summary>
    public static string? Find(string folder, string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || Path.IsPathRooted(path) || path.Contains('\\', StringComparison.Ordinal)
            || path.Split('/').Any(part => part.Length == 0 || part.StartsWith('.')))
        {
            return null;
        }

        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, path));
        var file = new FileInfo(full);
        return full.StartsWith(root, StringComparison.Ordinal) && _kinds.Contains(file.Extension, StringComparer.OrdinalIgnoreCase)
            && file.Exists && !ThroughLink(root, file)
            ? full
            : null;
    }

    /// <summary>Whether the file, or a folder between it and the root, is a link, which could lead out of the folder.</summary>
    private static bool ThroughLink(string root, FileInfo file)
    {
        if (file.LinkTarget is not null)
        {
            return true;
        }

        for (var folder = file.Directory; folder is not null && folder.FullName.Length + 1 > root.Length; folder = folder.Parent)
        {
            if (folder.LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }

    // The writer names each file <report>.<language>.<format>.
    private static string? LanguageOf(string name) => Path.GetExtension(Path.GetFileNameWithoutExtension(name)) switch
    {
        ".kk" => "kk",
        ".ru" => "ru",
        _ => null,
    };
}
