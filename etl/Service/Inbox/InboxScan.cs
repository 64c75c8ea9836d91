namespace VolunteerDW.Etl.Service.Inbox;

/// <summary>
/// What the inbox holds now: files at rest and ready to take, files at rest that are not
/// submissions at all, and files that may still be being written — changed within the settle
/// period, or named as a copy in progress — which are left for a later scan. Hidden and system
/// files are not counted.
/// </summary>
public sealed record InboxScan(IReadOnlyList<string> Ready, IReadOnlyList<string> NotSubmissions, IReadOnlyList<string> Settling)
{
    // Names that browsers, copy tools and editors give a file while they write it.
    private static readonly string[] InProgressExtensions = [".tmp", ".part", ".partial", ".crdownload", ".download", ".filepart", ".swp"];

    // Files that systems leave in any folder; nobody sent them.
    private static readonly string[] SystemFiles = ["Thumbs.db", "desktop.ini"];

    public int Waiting => Ready.Count + NotSubmissions.Count + Settling.Count;

    /// <summary>Scans a folder and its subfolders, in ordinal order of path; a missing folder is empty.</summary>
    public static InboxScan Of(string folder, TimeSpan settle, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            return new([], [], []);
        }

        var ready = new List<string>();
        var other = new List<string>();
        var settling = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') || SystemFiles.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (name.StartsWith("~$", StringComparison.Ordinal) || InProgressExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                settling.Add(path);
            }
            else if (now - new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero) < settle)
            {
                settling.Add(path);
            }
            else if (IsSubmission(name))
            {
                ready.Add(path);
            }
            else
            {
                other.Add(path);
            }
        }

        return new(ready, other, settling);
    }

    private static bool IsSubmission(string name) =>
        name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
}
