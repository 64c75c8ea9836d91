namespace VolunteerDW.Reports.Annex;

/// <summary>
/// Turns names (a table's title or short name) into sheet names Excel accepts: at most 31 characters, none of <c>[]:*?/\</c>,
/// no apostrophe at either end, unique regardless of case, and none of the names already taken.
/// </summary>
internal sealed class SheetNames
{
    public const int MaxLength = 31;

    private const string Fallback = "table";

    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    // Excel keeps "History" for its change tracking.
    private readonly HashSet<string> _taken = new(["History"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Holds names back, e.g. the annex's own sheets, so that no table takes them.</summary>
    public SheetNames(params IEnumerable<string> reserved) => _taken.UnionWith(reserved);

    /// <summary>The sheet name for a wanted name: the name itself when Excel accepts it and it is free.</summary>
    public string Assign(string wanted)
    {
        var name = Fit(Valid(wanted), string.Empty);
        for (var n = 2; !_taken.Add(name); n++)
        {
            name = Fit(Valid(wanted), $"~{n}");
        }

        return name;
    }

    private static string Valid(string wanted)
    {
        var chars = wanted.Select(c => Forbidden.Contains(c) || char.IsControl(c) ? '_' : c).ToArray();
        var name = new string(chars).Trim().Trim('\'');
        return name.Length == 0 ? Fallback : name;
    }

    private static string Fit(string name, string suffix)
    {
        var length = Math.Min(name.Length, MaxLength - suffix.Length);
        // Never cut a surrogate pair in two.
        if (length < name.Length && char.IsHighSurrogate(name[length - 1]))
        {
            length--;
        }

        return name[..length].TrimEnd('\'') + suffix;
    }
}
