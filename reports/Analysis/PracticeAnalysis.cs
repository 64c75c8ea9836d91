using System.Globalization;
using System.Text;
using VolunteerDW.Reports.Data;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Analysis;

/// <summary>
/// Groups submitted practice items by activity type and merges items with the same title (told
/// apart after case, spaces and punctuation are set aside), so that a proposal raised by ten units
/// appears once, with the ten units.
/// </summary>
public static class PracticeAnalysis
{
    /// <summary>Items of one kind, grouped by activity type in the classifier's order (not given last).</summary>
    public static IReadOnlyList<PracticeGroup> ByActivity(IEnumerable<PracticeRow> rows, IReadOnlyList<ClassifierEntry> activityTypes,
        IReadOnlyDictionary<string, Label> regions, Func<IEnumerable<PracticeItem>, IEnumerable<PracticeItem>> choose)
    {
        ArgumentNullException.ThrowIfNull(activityTypes);
        ArgumentNullException.ThrowIfNull(choose);
        var order = activityTypes.Select((a, i) => (a.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        return [.. rows.GroupBy(r => r.ActivityType)
            .OrderBy(g => g.Key is null ? int.MaxValue : order.GetValueOrDefault(g.Key, int.MaxValue - 1))
            .Select(g => new PracticeGroup(g.Key, ActivityName(g.Key, activityTypes), g.Count(), [.. choose(Merge(g, regions))]))];
    }

    /// <summary>Items with the same title merged: the units and regions that raised it, one text, the largest reach.</summary>
    public static IReadOnlyList<PracticeItem> Merge(IEnumerable<PracticeRow> rows, IReadOnlyDictionary<string, Label> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        return [.. rows.GroupBy(r => Normalize(r.Title), StringComparer.Ordinal).Select(g =>
        {
            var first = g.OrderBy(r => r.QuarterKey).ThenBy(r => r.UnitKato, StringComparer.Ordinal).First();
            var units = g.DistinctBy(r => r.UnitKato).OrderBy(r => r.UnitKato, StringComparer.Ordinal).ToList();
            return new PracticeItem(first.Title, first.Text,
                [.. units.Select(r => new Label(r.UnitNameKk, r.UnitNameRu, r.UnitNameRu))],
                [.. units.Select(r => r.RegionKato).Distinct().Order(StringComparer.Ordinal).Select(k => regions.GetValueOrDefault(k) ?? new Label(k, k, k))],
                g.Max(r => r.Reach));
        })];
    }

    /// <summary>By reach (beneficiaries of the unit's programmes of that activity type), largest first; then title.</summary>
    public static IEnumerable<PracticeItem> ByReach(IEnumerable<PracticeItem> items, int count) =>
        items.OrderByDescending(i => i.Reach ?? -1).ThenBy(i => i.Title, StringComparer.Ordinal).Take(count);

    /// <summary>By how many units raised it, most first; then title.</summary>
    public static IEnumerable<PracticeItem> ByUnits(IEnumerable<PracticeItem> items, int count) =>
        items.OrderByDescending(i => i.Units.Count).ThenBy(i => i.Title, StringComparer.Ordinal).Take(count);

    /// <summary>A title reduced to what tells it apart: lower case, letters and digits, single spaces.</summary>
    public static string Normalize(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var text = new StringBuilder(title.Length);
        foreach (var c in title.ToLower(CultureInfo.InvariantCulture).Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                text.Append(c == 'ё' ? 'е' : c);
            }
            else if (text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }
        }

        return text.ToString().Trim();
    }

    private static Label ActivityName(string? code, IReadOnlyList<ClassifierEntry> activityTypes) =>
        activityTypes.FirstOrDefault(a => a.Code == code) is { } a ? new Label(a.NameKk, a.NameRu, a.NameEn) : Vocabulary.NotSpecified;
}
