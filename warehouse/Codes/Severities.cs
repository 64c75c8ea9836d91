namespace VolunteerDW.Warehouse.Codes;

/// <summary>
/// How much a data-quality rule weighs (<c>dim_dq_rule.severity</c>): a warning asks for a second
/// look; a finding is something wrong with the returns as they stand.
/// </summary>
public static class Severities
{
    /// <summary>The list's name in <c>dim_code_label</c>.</summary>
    public const string List = "dq_severity";

    public const string Warning = "warning", Finding = "finding";

    /// <summary>Every code, in the order the lists sort them.</summary>
    public static IReadOnlyList<string> All { get; } = [Warning, Finding];
}
