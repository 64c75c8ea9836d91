using System.Globalization;
using System.IO.Compression;
using VolunteerDW.Etl.Problems;

namespace VolunteerDW.Etl.Intake;

/// <summary>
/// Opens a region's package (a zip of its own and its districts' workbooks) defensively: entries
/// with absolute or parent paths, nested archives, too many entries, or content that inflates past
/// the limits reject the whole package before any workbook in it is read. Sizes are counted while
/// inflating, not taken from the archive's own headers. Entries are told apart by
/// <see cref="SubmissionFiles"/>: workbooks are read, those that cannot be loaded (Excel's lock
/// files) are passed over saying why, and other files and system clutter are ignored.
/// </summary>
public static class ZipPackage
{
    private static readonly string[] ArchiveExtensions = [".zip", ".rar", ".7z", ".gz", ".tgz", ".tar", ".bz2", ".xz", ".cab"];

    /// <summary>The package's workbooks (.xlsx entries) by entry name, and the entries passed over.</summary>
    public static PackageContents Expand(byte[] package, ArchiveLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw Rejected(ProblemKind.ArchiveUnreadable);
        }

        using (zip)
        {
            var files = zip.Entries.Where(e => !e.FullName.EndsWith('/'))
                .Select(e => (Entry: e, Class: SubmissionFiles.Classify(e.FullName)))
                .Where(e => e.Class.Role != FileRole.Clutter).ToList();
            if (files.Count > limits.MaxEntries)
            {
                throw Rejected(ProblemKind.ArchiveTooManyEntries, Count(files.Count), Count(limits.MaxEntries));
            }

            foreach (var (entry, _) in files)
            {
                CheckEntry(entry, limits);
            }

            long inflated = 0;
            var workbooks = new List<(string, byte[])>();
            foreach (var (entry, _) in files.Where(e => e.Class.Role == FileRole.Workbook))
            {
                var content = Inflate(entry, limits, ref inflated);
                workbooks.Add((entry.FullName, content));
            }

            List<SkippedFile> skipped = [.. files.Where(e => e.Class.Role == FileRole.NotLoadable).Select(e => new SkippedFile(e.Entry.FullName, e.Class.Reason!))];
            return workbooks.Count + skipped.Count > 0 ? new PackageContents(workbooks, skipped) : throw Rejected(ProblemKind.ArchiveEmpty);
        }
    }

    private static void CheckEntry(ZipArchiveEntry entry, ArchiveLimits limits)
    {
        var path = entry.FullName.Replace('\\', '/');
        if (path.StartsWith('/') || (path.Length > 1 && path[1] == ':') || path.Split('/').Contains(".."))
        {
            throw Rejected(ProblemKind.ArchiveUnsafePath, entry.FullName);
        }

        if (ArchiveExtensions.Any(ext => path.EndsWith(ext, StringComparison.OrdinalIgnoreCase)))
        {
            throw Rejected(ProblemKind.ArchiveNested, entry.FullName);
        }

        if (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > limits.MaxCompressionRatio)
        {
            throw Rejected(ProblemKind.ArchiveRatio, entry.FullName, Count(limits.MaxCompressionRatio));
        }
    }

    private static byte[] Inflate(ZipArchiveEntry entry, ArchiveLimits limits, ref long inflated)
    {
        using var input = entry.Open();
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.Write(buffer, 0, read);
            inflated += read;
            if (output.Length > limits.MaxFileBytes)
            {
                throw Rejected(ProblemKind.FileTooLarge, $"{entry.FullName}: > {Count(limits.MaxFileBytes)}", Count(limits.MaxFileBytes));
            }

            if (inflated > limits.MaxUncompressedBytes)
            {
                throw Rejected(ProblemKind.ArchiveTooLarge, $"> {Count(limits.MaxUncompressedBytes)}", Count(limits.MaxUncompressedBytes));
            }
        }

        return output.ToArray();
    }

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static SubmissionRejectedException Rejected(ProblemKind kind, string? value = null, string? expected = null) =>
        new([new Problem(kind, Value: value, Expected: expected)]);
}

/// <summary>A package's workbooks, by entry name, and the entries passed over with why.</summary>
public sealed record PackageContents(IReadOnlyList<(string Entry, byte[] Content)> Workbooks, IReadOnlyList<SkippedFile> Skipped);
