namespace VolunteerDW.Portal.Reporting;

/// <summary>
/// Reports made on demand, kept on disk under <c>&lt;cache&gt;/&lt;data version&gt;/&lt;name&gt;</c>
/// and handed out again until the data changes (a new version, a new folder). A file is made once
/// however many ask for it at the same moment — askers of the same name wait on one lock — and is
/// made in a folder of its own and moved into place whole, so a half-written file is never served.
/// When a new version's folder is made, the folders no file has been added to for <see cref="KeepFor"/>
/// before it — older versions, a making folder a crash left — are removed. Ages are told by the folders'
/// own times, which the file system (shared by the nodes) writes, so no clock is compared with another.
/// </summary>
public sealed class ReportCache(string folder)
{
    /// <summary>How long a version's folder stays after its last file: long enough for any download begun from it, on any node.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromHours(1);

    // A lock per name would grow without end; a fixed set, chosen by the name, keeps the same name on
    // the same lock (all that correctness needs) while different reports rarely wait on each other.
    private readonly SemaphoreSlim[] _locks = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>
    /// The kept file for <paramref name="name"/> at <paramref name="version"/>, made first by
    /// <paramref name="make"/> when there is none: it writes into the empty folder it is given and
    /// returns the path of the file it made there.
    /// </summary>
    public async Task<string> GetAsync(string version, string name, Func<string, Task<string>> make, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(make);
        var path = Path.GetFullPath(Path.Combine(folder, version, name));
        if (File.Exists(path))
        {
            return path;
        }

        var gate = _locks[(int)((uint)StringComparer.Ordinal.GetHashCode(name) % (uint)_locks.Length)];
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(path))
            {
                return path;
            }

            var work = Directory.CreateDirectory(Path.Combine(folder, $".making-{Guid.NewGuid():N}"));
            try
            {
                var made = await make(work.FullName);
                var versionFolder = Path.GetDirectoryName(path)!;
                var newVersion = !Directory.Exists(versionFolder);
                Directory.CreateDirectory(versionFolder);
                File.Move(made, path, overwrite: true);
                if (newVersion)
                {
                    RemoveOldVersions(versionFolder);
                }

                return path;
            }
            finally
            {
                work.Delete(recursive: true);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private static void RemoveOldVersions(string current)
    {
        var before = Directory.GetLastWriteTimeUtc(current) - KeepFor;
        foreach (var old in Directory.GetDirectories(Path.GetDirectoryName(current)!))
        {
            if (string.Equals(old, current, StringComparison.Ordinal) || Directory.GetLastWriteTimeUtc(old) >= before)
            {
                continue;
            }

            try
            {
                Directory.Delete(old, recursive: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Another node removing it at the same moment, or a file in it still open: the next new version tries again.
            }
        }
    }
}
