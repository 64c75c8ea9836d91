namespace VolunteerDW.Warehouse.Codes;

/// <summary>The three counts of a subjects row that findings compare (<c>fact_dq_finding.measure</c>).</summary>
public static class Measures
{
    /// <summary>The list's name in <c>dim_code_label</c>.</summary>
    public const string List = "measure";

    public const string Subjects = "subjects", People = "people", NewSubjects = "new_subjects";

    /// <summary>Every code, in the order the lists sort them.</summary>
    public static IReadOnlyList<string> All { get; } = [Subjects, People, NewSubjects];
}
