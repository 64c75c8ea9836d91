using System.IO.Compression;

namespace VolunteerDW.Tests.Support;

/// <summary>Rewrites entries of a zip package (a workbook is one) in memory.</summary>
internal static class ZipEntries
{
    /// <summary>A copy of the package with each change applied to its open archive.</summary>
    public static byte[] Edit(byte[] package, Action<ZipArchive> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        using var copy = new MemoryStream();
        copy.Write(package);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            change(zip);
        }

        return copy.ToArray();
    }

    /// <summary>Replaces an entry's content by what <paramref name="rewrite"/> makes of it.</summary>
    public static void Rewrite(ZipArchive zip, string name, Func<byte[], byte[]> rewrite)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(rewrite);
        var entry = zip.GetEntry(name) ?? throw new ArgumentException($"The package has no entry {name}.", nameof(name));
        byte[] content;
        using (var stream = entry.Open())
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
            content = buffer.ToArray();
        }

        entry.Delete();
        Add(zip, name, rewrite(content));
    }

    /// <summary>Adds an entry.</summary>
    public static void Add(ZipArchive zip, string name, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(zip);
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(content);
    }
}
