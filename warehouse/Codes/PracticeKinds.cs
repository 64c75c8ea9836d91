namespace VolunteerDW.Warehouse.Codes;

/// <summary>
/// What a text item of a return is (<c>fact_practice.practice_kind</c>, Rules §6.1); only a
/// proposal has a <see cref="ProposalAreas">proposal area</see>.
/// </summary>
public static class PracticeKinds
{
    /// <summary>The list's name in <c>dim_code_label</c> and the submission format.</summary>
    public const string List = "practice_kind";

    public const string PositiveExperience = "positive_experience", Problem = "problem", Proposal = "proposal";

    /// <summary>Every code, in the order the lists sort them.</summary>
    public static IReadOnlyList<string> All { get; } = [PositiveExperience, Problem, Proposal];
}
