using VolunteerDW.Etl.Validation;

namespace VolunteerDW.Etl.Loading;

/// <summary>What a file is to a load, told by its name.</summary>
public enum FileRole
{
    /// <summary>A quarterly return: <c>.xlsx</c>.</summary>
    Workbook,

    /// <summary>A region's package: <c>.zip</c>.</summary>
    Package,

    /// <summary>Sent as a return but not loadable as it is, such as Excel's lock file: passed over, saying why.</summary>
    NotLoadable,

    /// <summary>Some other file, such as a covering letter.</summary>
    Unrelated,

    /// <summary>Hidden and system files that nobody meant to send.</summary>
    Clutter,
}

/// <summary>A file's role and, for a file that is not loaded, why.</summary>
public sealed record FileClass(FileRole Role, Problem? Reason = null)
{
    public bool IsLoadable => Role is FileRole.Workbook or FileRole.Package;
}

/// <summary>
/// The one place that tells from a file's name what it is to a load, so that a file is treated
/// alike whether it is named on the command line, found in a folder, packed in a region's zip or
/// left in the inbox.
/// </summary>
public static class SubmissionFiles
{
    // Files that systems leave in any folder or archive; nobody sent them.
    private static readonly string[] SystemFiles = ["Thumbs.db", "desktop.ini", "__MACOSX"];

    private static readonly Problem NotASubmission = new(ProblemKind.NotASubmissionFile);

    /// <summary>Classifies a file by its path relative to what was given (a folder, the inbox, a zip); any separator.</summary>
    public static FileClass Classify(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var parts = path.Split('/', '\\');
        var name = parts[^1];
        if (parts.Any(IsHiddenOrSystem))
        {
            return new(FileRole.Clutter, NotASubmission);
        }

        // Excel keeps "~$<name>" beside a workbook while it is open: a few bytes, never a return.
        if (name.StartsWith("~$", StringComparison.Ordinal))
        {
            return new(FileRole.NotLoadable, new Problem(ProblemKind.ExcelLockFile));
        }

        return Path.GetExtension(name) switch
        {
            var e when e.Equals(".xlsx", StringComparison.OrdinalIgnoreCase) => new(FileRole.Workbook),
            var e when e.Equals(".zip", StringComparison.OrdinalIgnoreCase) => new(FileRole.Package),
            _ => new(FileRole.Unrelated, NotASubmission),
        };
    }

    // "." and ".." are no hidden files: a path through them is the package's unsafe path to reject.
    private static bool IsHiddenOrSystem(string part) =>
        (part.StartsWith('.') && part is not ("." or ".."))
        || SystemFiles.Contains(part, StringComparer.OrdinalIgnoreCase);
}
