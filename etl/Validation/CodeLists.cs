using VolunteerDW.Etl.Submissions;
using VolunteerDW.Warehouse.Dimensions;

namespace VolunteerDW.Etl.Validation;

/// <summary>The codes each code field accepts: the format's fixed lists and the warehouse's classifiers.</summary>
public sealed class CodeLists
{
    private readonly Dictionary<string, IReadOnlyList<string>> _lists;

    public CodeLists(DimensionSnapshot dimensions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        _lists = SubmissionLayout.FixedCodeLists.ToDictionary(l => l.Key, l => (IReadOnlyList<string>)[.. l.Value.Select(c => c.Code)]);
        _lists[SubmissionLayout.SubjectTypes] = [.. dimensions.SubjectTypes.Select(c => c.Code)];
        _lists[SubmissionLayout.ActivityTypes] = [.. dimensions.ActivityTypes.Select(c => c.Code)];
    }

    /// <summary>
    /// The list's own copy of a code, or null when the list lacks it: every row that names a code
    /// then holds the one string, not a copy cut from its cell.
    /// </summary>
    public string? Find(string list, string code) => _lists[list].FirstOrDefault(c => string.Equals(c, code, StringComparison.Ordinal));

    /// <summary>The codes of a list, for the message that says what to choose.</summary>
    public string Describe(string list) => string.Join(", ", _lists[list]);
}
