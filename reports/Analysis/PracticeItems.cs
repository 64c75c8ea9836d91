using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Analysis;

/// <summary>Practice items of one activity type (null: not given), as chosen for the report.</summary>
public sealed record PracticeGroup(string? ActivityType, Label ActivityName, int Total, IReadOnlyList<PracticeItem> Items);

/// <summary>
/// One practice item, or several units' items with the same title (told apart after trimming case,
/// spaces and punctuation): where they came from and one text.
/// </summary>
public sealed record PracticeItem(string Title, string Text, IReadOnlyList<Label> Units, IReadOnlyList<Label> Regions, long? Reach);
