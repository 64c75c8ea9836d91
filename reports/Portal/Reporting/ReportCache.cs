namespace VolunteerDW.Portal.Reporting;

/// <summary>
/// Reports made on demand, kept on disk under <c>&lt;cache&gt;/&lt;data version&gt;/&lt;name&gt;</c>
/// and handed out again until the data changes (a new version, a new folder). A file is made once
/// however many ask for it at the same moment — askers of the same name wait on one lock — and is
/// made in a folder of its own and moved into place whole, so a half-written file is never served.
/// </summary>
public sealed class ReportCache(string folder)
{
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
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.Move(made, path, overwrite: true);
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
}
