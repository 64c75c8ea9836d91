using VolunteerDW.Etl.Validation;
using VolunteerDW.Etl.Workbooks;

namespace VolunteerDW.Etl.Loading;

/// <summary>
/// Finds what to load among the paths a user gave: workbooks (.xlsx) and packages (.zip), in
/// folders recursively, in ordinal order of path (so a folder of corrections loads after the
/// originals it corrects), and opens each into the workbooks it holds.
/// </summary>
public static class InputFiles
{
    /// <summary>The files to load, each with the name results show (relative to the folder given).</summary>
    public static IReadOnlyList<(string Path, string Name)> Collect(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<(string, string)>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(IsLoadable)
                    .Select(file => (file, Path.GetRelativePath(path, file).Replace('\\', '/')))
                    .OrderBy(file => file.Item2, StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add((path, Path.GetFileName(path)));
            }
            else
            {
                throw new FileNotFoundException($"No such file or folder: {path}", path);
            }
        }

        return files;
    }

    /// <summary>
    /// The workbooks a file holds — itself, or a package's entries — and the entries passed over.
    /// A file or package that breaks the limits is rejected whole.
    /// </summary>
    public static OpenedFile Open(string path, string name, ArchiveLimits limits, ReceivedTime received, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(received);
        var info = new FileInfo(path);
        var isPackage = path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
        var maxBytes = isPackage ? limits.MaxUncompressedBytes : limits.MaxFileBytes;
        if (info.Length > maxBytes)
        {
            throw new SubmissionRejectedException([new Problem(ProblemKind.FileTooLarge, Value: $"{info.Length}", Expected: $"{maxBytes}")]);
        }

        var content = File.ReadAllBytes(path);
        var receivedAt = received.Resolve(new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero), now);
        if (!isPackage)
        {
            return new([new IncomingWorkbook(name, info.Name, null, content, receivedAt)], []);
        }

        var package = ZipPackage.Expand(content, limits);
        return new(
            [.. package.Workbooks.Select(entry => new IncomingWorkbook($"{name} › {entry.Entry}", Path.GetFileName(entry.Entry), info.Name, entry.Content, receivedAt))],
            [.. package.Skipped.Select(entry => entry with { Name = $"{name} › {entry.Name}" })]);
    }

    private static bool IsLoadable(string path) =>
        (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        && !Path.GetFileName(path).StartsWith("~$", StringComparison.Ordinal); // Excel's lock file of an open workbook
}
