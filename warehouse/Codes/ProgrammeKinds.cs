namespace VolunteerDW.Warehouse.Codes;

/// <summary>What a programme, project or action of a return is (<c>fact_programme.programme_kind</c>).</summary>
public static class ProgrammeKinds
{
    /// <summary>The list's name in <c>dim_code_label</c> and the submission format.</summary>
    public const string List = "programme_kind";

    public const string Programme = "programme", Project = "project", Action = "action";

    /// <summary>Every code, in the order the lists sort them.</summary>
    public static IReadOnlyList<string> All { get; } = [Programme, Project, Action];
}
