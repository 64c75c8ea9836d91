using VolunteerDW.Warehouse.Dimensions;

namespace VolunteerDW.Etl.Workflow;

/// <summary>The three counts of one subject type × activity type; null is "not reported", 0 "reported zero".</summary>
public sealed record SubjectFigures(long? Subjects, long? People, long? NewSubjects)
{
    /// <summary>A cell nobody reported.</summary>
    public static SubjectFigures NotReported { get; } = new(null, null, null);

    /// <summary>Whether every count is blank.</summary>
    public bool IsBlank => Subjects is null && People is null && NewSubjects is null;

    /// <summary>
    /// Both sides' counts added, measure by measure, as SQL's SUM adds them: a blank adds nothing,
    /// and blank plus blank stays blank ("not reported"), never 0.
    /// </summary>
    public SubjectFigures Plus(SubjectFigures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Add(Subjects, other.Subjects), Add(People, other.People), Add(NewSubjects, other.NewSubjects));
    }

    /// <summary>These counts less <paramref name="other"/>'s, measure by measure; blank where either side is blank.</summary>
    public SubjectFigures Minus(SubjectFigures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Subjects - other.Subjects, People - other.People, NewSubjects - other.NewSubjects);
    }

    private static long? Add(long? one, long? other) => one is null && other is null ? null : (one ?? 0) + (other ?? 0);
}

/// <summary>
/// One subject type × activity type of a region's consolidation: the sum of its accepted districts'
/// returns, the region's own rows, and what the region claimed in its current return's
/// <c>consolidated</c> sheet.
/// </summary>
public sealed record ConsolidationCell(
    ClassifierRow SubjectType,
    ClassifierRow ActivityType,
    SubjectFigures Districts,
    SubjectFigures Own,
    SubjectFigures Claimed)
{
    /// <summary>The accepted districts plus the region's own: what the <c>consolidated</c> sheet starts from.</summary>
    public SubjectFigures Total => Districts.Plus(Own);

    /// <summary>The claim less the total, measure by measure; blank where either side is blank.</summary>
    public SubjectFigures Difference => Claimed.Minus(Total);

    /// <summary>Whether the claim equals the total on every measure, a blank matching only a blank (as <c>v_reconciliation</c> counts a match).</summary>
    public bool Matches => Claimed == Total;
}
