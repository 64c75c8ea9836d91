using VolunteerDW.Etl.Problems;

namespace VolunteerDW.Etl.Intake;

/// <summary>
/// Finds what to load among the paths a user gave: workbooks (.xlsx) and packages (.zip), in
/// folders recursively (links to other folders not followed, see <see cref="FolderWalk"/>), in
/// ordinal order of path (so a folder of corrections loads after the originals it corrects), and
/// opens each into the workbooks it holds. What cannot be loaded is kept to be listed as skipped,
/// with why: a spreadsheet in another format or Excel's lock file, named or found; a linked folder;
/// any other file when named. In folders, other files (letters, notes) and hidden and system files
/// are ignored.
/// </summary>
public static class InputFiles
{
    /// <summary>The files to load or to list as skipped, each with the name results show (relative to the folder given).</summary>
    public static IReadOnlyList<InputFile> Collect(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<InputFile>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(FolderWalk.Of(path).Select(InFolder).OfType<InputFile>());
            }
            else if (File.Exists(path))
            {
                files.Add(Found(path, Path.GetFileName(path)));
            }
            else
            {
                throw new FileNotFoundException($"No such file or folder: {path}", path);
            }
        }

        return files;
    }

    /// <summary>
    /// The workbooks a file holds — itself, or a package's entries — and what was passed over: the
    /// file itself when it cannot be loaded. A file or package that breaks the limits is rejected whole.
    /// </summary>
    public static OpenedFile Open(InputFile file, ArchiveLimits limits, ReceivedTime received, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(received);
        if (!file.Class.IsLoadable)
        {
            return new([], [new SkippedFile(file.Name, file.Class.Reason!)]);
        }

        var info = new FileInfo(file.Path);
        var isPackage = file.Class.Role == FileRole.Package;
        var maxBytes = isPackage ? limits.MaxUncompressedBytes : limits.MaxFileBytes;
        if (info.Length > maxBytes)
        {
            throw new SubmissionRejectedException([new Problem(ProblemKind.FileTooLarge, Value: $"{info.Length}", Expected: $"{maxBytes}")]);
        }

        var content = File.ReadAllBytes(file.Path);
        var receivedAt = received.Resolve(new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero), now);
        if (!isPackage)
        {
            return new([new IncomingWorkbook(file.Name, info.Name, null, content, receivedAt)], []);
        }

        var package = ZipPackage.Expand(content, limits);
        return new(
            [.. package.Workbooks.Select(entry => new IncomingWorkbook($"{file.Name} › {entry.Entry}", Path.GetFileName(entry.Entry), info.Name, entry.Content, receivedAt))],
            [.. package.Skipped.Select(entry => entry with { Name = $"{file.Name} › {entry.Name}" })]);
    }

    private static InputFile Found(string path, string name) => new(path, name, SubmissionFiles.Classify(name));

    // A linked folder is listed, so that the files behind it are not missed unawares; a hidden one
    // is ignored like any hidden file.
    private static InputFile? InFolder(FolderItem item) => Found(item.Path, item.Relative) switch
    {
        { Class.Role: FileRole.Clutter } => null,
        var folder when item.IsLinkedFolder => folder with { Class = new(FileRole.NotLoadable, new Problem(ProblemKind.LinkedFolder)) },
        { Class.Role: FileRole.Unrelated } => null,
        var file => file,
    };
}

/// <summary>A file given to a load or found in a folder given, and what it is.</summary>
/// <param name="Path">Where it is.</param>
/// <param name="Name">How results name it: as named, or relative to the folder given.</param>
/// <param name="Class">What it is by its name; a file that is not loadable is listed as skipped with the reason.</param>
public sealed record InputFile(string Path, string Name, FileClass Class);
