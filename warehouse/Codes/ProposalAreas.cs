namespace VolunteerDW.Warehouse.Codes;

/// <summary>
/// The three areas of proposals in the ministry's summary (Rules §6.3;
/// <c>fact_practice.proposal_area</c>).
/// </summary>
public static class ProposalAreas
{
    /// <summary>The list's name in <c>dim_code_label</c> and the submission format.</summary>
    public const string List = "proposal_area";

    public const string CivicInitiatives = "civic_initiatives", RoleOfVolunteering = "role_of_volunteering", ProblemSolving = "problem_solving";

    /// <summary>Every code, in the order the lists sort them.</summary>
    public static IReadOnlyList<string> All { get; } = [CivicInitiatives, RoleOfVolunteering, ProblemSolving];
}
