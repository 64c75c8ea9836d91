using VolunteerDW.Etl.Problems;

namespace VolunteerDW.Etl.Intake;

/// <summary>What a file is to a load, told by its name.</summary>
public enum FileRole
{
    /// <summary>A quarterly return: <c>.xlsx</c>.</summary>
    Workbook,

    /// <summary>A region's package: <c>.zip</c>.</summary>
    Package,

    /// <summary>A spreadsheet in another format (.xls, .xlsm, .csv, …) or Excel's lock file: not loaded anywhere, passed over saying why.</summary>
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

    // Spreadsheets a return may come in by mistake, each with what to do. Macro-enabled workbooks
    // are refused too: a return needs no macros, and files that carry them are not taken in.
    private static readonly Dictionary<string, Problem> OtherFormats = new(StringComparer.OrdinalIgnoreCase)
    {
        [".xls"] = new(ProblemKind.OldExcelFormat),
        [".xlsm"] = new(ProblemKind.MacroEnabledWorkbook),
        [".csv"] = new(ProblemKind.CsvFile),
        [".xlsb"] = new(ProblemKind.OtherSpreadsheetFormat, Value: ".xlsb"),
        [".ods"] = new(ProblemKind.OtherSpreadsheetFormat, Value: ".ods"),
    };

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

        var extension = Path.GetExtension(name);
        return extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? new(FileRole.Workbook)
            : extension.Equals(".zip", StringComparison.OrdinalIgnoreCase) ? new(FileRole.Package)
            : OtherFormats.TryGetValue(extension, out var reason) ? new(FileRole.NotLoadable, reason)
            : new(FileRole.Unrelated, NotASubmission);
    }

    // "." and ".." are no hidden files: a path through them is the package's unsafe path to reject.
    private static bool IsHiddenOrSystem(string part) =>
        (part.StartsWith('.') && part is not ("." or ".."))
        || SystemFiles.Contains(part, StringComparer.OrdinalIgnoreCase);
}
