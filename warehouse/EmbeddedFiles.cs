using System.Reflection;

namespace VolunteerDW.Warehouse;

/// <summary>Files shipped inside an assembly, named by their path in the source tree.</summary>
public static class EmbeddedFiles
{
    /// <summary>The names of the files under a folder, e.g. <c>Migrations/Sqlite/</c>, in ordinal order.</summary>
    public static IReadOnlyList<string> List(Assembly assembly, string folder)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(folder, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Reads a shipped file as UTF-8 text.</summary>
    public static string Read(Assembly assembly, string name)
    {
        using var reader = new StreamReader(Open(assembly, name));
        return reader.ReadToEnd();
    }

    /// <summary>Reads a shipped file's bytes, e.g. a font.</summary>
    public static byte[] ReadBytes(Assembly assembly, string name)
    {
        using var stream = Open(assembly, name);
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static Stream Open(Assembly assembly, string name)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"'{name}' is not shipped in {assembly.GetName().Name}.");
    }
}
