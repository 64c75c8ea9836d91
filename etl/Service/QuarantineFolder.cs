namespace VolunteerDW.Etl.Service;

/// <summary>The files the service has quarantined: each rejected file, with its error report (<see cref="ErrorReportSuffix"/>) beside it.</summary>
public static class QuarantineFolder
{
    /// <summary>What the error report beside a quarantined file adds to the file's name.</summary>
    public const string ErrorReportSuffix = ".errors.txt";

    /// <summary>The names of the quarantined files (not their error reports), in ordinal order; a missing folder holds none.</summary>
    public static IReadOnlyList<string> Files(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder).Where(f => !f.EndsWith(ErrorReportSuffix, StringComparison.Ordinal)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : [];
}
