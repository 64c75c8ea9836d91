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
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"'{name}' is not shipped in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
