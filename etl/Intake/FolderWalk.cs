namespace VolunteerDW.Etl.Intake;

/// <summary>A file found below a folder, or a link to another folder that was not followed.</summary>
/// <param name="Path">Where it is.</param>
/// <param name="Relative">Its path relative to the folder walked, with '/' between the parts.</param>
/// <param name="IsLinkedFolder">Whether it is a link to a folder (a symbolic link or a junction) rather than a file.</param>
public sealed record FolderItem(string Path, string Relative, bool IsLinkedFolder);

/// <summary>
/// Lists every file below a folder, without following links to other folders: a link can lead
/// out of the folder that was given, or back into it, and a loop would be walked until the system
/// refuses (forty levels on Linux), loading the same files over and over. Links met are listed so
/// that a caller can say they were not followed. Links to files are files like any other.
/// </summary>
public static class FolderWalk
{
    // Nothing skipped by attribute (hidden files are for the caller to judge), and an unreadable
    // folder is an error rather than silently missing.
    private static readonly EnumerationOptions Options = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    /// <summary>The files and linked folders below a folder, in ordinal order of relative path.</summary>
    public static IReadOnlyList<FolderItem> Of(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var items = new List<FolderItem>();
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(folder)]);
        while (pending.TryPop(out var directory))
        {
            foreach (var entry in directory.EnumerateFileSystemInfos("*", Options))
            {
                if (entry is DirectoryInfo subfolder && !IsLink(subfolder))
                {
                    pending.Push(subfolder);
                }
                else
                {
                    items.Add(new FolderItem(entry.FullName, System.IO.Path.GetRelativePath(folder, entry.FullName).Replace('\\', '/'), entry is DirectoryInfo));
                }
            }
        }

        return [.. items.OrderBy(item => item.Relative, StringComparer.Ordinal)];
    }

    private static bool IsLink(DirectoryInfo folder) => folder.LinkTarget is not null || folder.Attributes.HasFlag(FileAttributes.ReparsePoint);
}
