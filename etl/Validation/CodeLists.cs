using VolunteerDW.Etl.Format;
using VolunteerDW.Warehouse.Dimensions;

namespace VolunteerDW.Etl.Validation;

/// <summary>The codes each code field accepts: the format's fixed lists and the warehouse's classifiers.</summary>
public sealed class CodeLists
{
    private readonly Dictionary<string, IReadOnlyList<string>> _lists;
    private readonly Dictionary<string, HashSet<string>> _sets;

    public CodeLists(DimensionSnapshot dimensions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        _lists = SubmissionLayout.FixedCodeLists.ToDictionary(l => l.Key, l => (IReadOnlyList<string>)[.. l.Value.Select(c => c.Code)]);
        _lists[SubmissionLayout.SubjectTypes] = [.. dimensions.SubjectTypes.Select(c => c.Code)];
        _lists[SubmissionLayout.ActivityTypes] = [.. dimensions.ActivityTypes.Select(c => c.Code)];
        _sets = _lists.ToDictionary(l => l.Key, l => l.Value.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// The list's own copy of a code, or null when the list lacks it: every row that names a code
    /// then holds the one string, not a copy cut from its cell.
    /// </summary>
    public string? Find(string list, string code) => _sets[list].TryGetValue(code, out var known) ? known : null;

    /// <summary>The codes of a list, for the message that says what to choose.</summary>
    public string Describe(string list) => string.Join(", ", _lists[list]);
}
