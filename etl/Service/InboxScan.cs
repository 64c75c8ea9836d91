using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Problems;

namespace VolunteerDW.Etl.Service;

/// <summary>
/// What the inbox holds now: files at rest and ready to take, files at rest that cannot be taken
/// (each with why: a spreadsheet in another format, or no submission at all), and files that may
/// still be being written — changed within the settle period, or named as a copy in progress or as
/// Excel's lock file of an open workbook — which are left for a later scan. Hidden and system files
/// are not counted, and links to other folders not followed. Files are told apart by
/// <see cref="SubmissionFiles"/>, as every load does.
/// </summary>
public sealed record InboxScan(IReadOnlyList<string> Ready, IReadOnlyList<(string Path, Problem Reason)> NotSubmissions, IReadOnlyList<string> Settling)
{
    // Names that browsers, copy tools and editors give a file while they write it.
    private static readonly string[] InProgressExtensions = [".tmp", ".part", ".partial", ".crdownload", ".download", ".filepart", ".swp"];

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
        var other = new List<(string, Problem)>();
        var settling = new List<string>();
        // Links to other folders are not followed: what is behind one was not sent to the inbox.
        foreach (var (path, relative, _) in FolderWalk.Of(folder).Where(item => !item.IsLinkedFolder))
        {
            var file = SubmissionFiles.Classify(relative);
            if (file.Role == FileRole.Clutter)
            {
                continue;
            }

            // Excel's lock file goes when the workbook is closed; until then its workbook is being worked on.
            if (file.Reason?.Kind == ProblemKind.ExcelLockFile || InProgressExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                settling.Add(path);
            }
            else if (now - new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero) < settle)
            {
                settling.Add(path);
            }
            else if (file.IsLoadable)
            {
                ready.Add(path);
            }
            else
            {
                other.Add((path, file.Reason!));
            }
        }

        return new(ready, other, settling);
    }
}
