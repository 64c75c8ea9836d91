using System.IO.Compression;

namespace VolunteerDW.Tests.Support;

/// <summary>Writes zip packages with whatever entries a test needs, hostile ones included.</summary>
internal static class ZipBuilder
{
    public static string Write(string path, params (string Entry, byte[] Content)[] entries)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, content) in entries)
        {
            using var stream = zip.CreateEntry(entry, CompressionLevel.Optimal).Open();
            stream.Write(content);
        }

        return path;
    }
}
