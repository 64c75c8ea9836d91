namespace VolunteerDW.Reports.Data;

/// <summary>An entry of a classifier (<c>classifiers.sql</c>).</summary>
public sealed record ClassifierEntry
{
    public string Classifier { get; init; } = string.Empty;

    public string Code { get; init; } = string.Empty;

    public string NameKk { get; init; } = string.Empty;

    public string NameRu { get; init; } = string.Empty;

    public string NameEn { get; init; } = string.Empty;
}
