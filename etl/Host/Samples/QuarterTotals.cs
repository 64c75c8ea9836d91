using VolunteerDW.Etl.Format;

namespace VolunteerDW.Host.Samples;

/// <summary>
/// National totals of a quarter as the warehouse will report them, computed from the generated
/// returns (current versions: a correction replaces the return it corrects; claimed totals left out).
/// </summary>
internal sealed record QuarterTotals(
    IReadOnlyDictionary<string, long> Subjects,
    long People,
    IReadOnlyDictionary<string, long> Programmes,
    long Volunteers,
    long Beneficiaries)
{
    public static QuarterTotals Of(IEnumerable<Submission> returns)
    {
        var list = returns.ToList();
        var subjects = list.SelectMany(s => s.Subjects).ToList();
        var programmes = list.SelectMany(s => s.Programmes).ToList();
        return new QuarterTotals(
            Sorted(subjects.GroupBy(r => r.SubjectType).Select(g => (g.Key, g.Sum(r => r.Subjects ?? 0)))),
            subjects.Sum(r => r.People ?? 0),
            Sorted(programmes.GroupBy(p => p.Kind).Select(g => (g.Key, (long)g.Count()))),
            programmes.Sum(p => p.Volunteers ?? 0),
            programmes.Sum(p => p.Beneficiaries ?? 0));
    }

    public static QuarterTotals Sum(IEnumerable<QuarterTotals> parts)
    {
        var list = parts.ToList();
        return new QuarterTotals(
            Sorted(list.SelectMany(t => t.Subjects).GroupBy(kv => kv.Key).Select(g => (g.Key, g.Sum(kv => kv.Value)))),
            list.Sum(t => t.People),
            Sorted(list.SelectMany(t => t.Programmes).GroupBy(kv => kv.Key).Select(g => (g.Key, g.Sum(kv => kv.Value)))),
            list.Sum(t => t.Volunteers),
            list.Sum(t => t.Beneficiaries));
    }

    // Sorted, so that the manifest lists codes in the same order every time.
    private static SortedDictionary<string, long> Sorted(IEnumerable<(string Code, long Value)> values) =>
        new(values.ToDictionary(v => v.Code, v => v.Value, StringComparer.Ordinal), StringComparer.Ordinal);
}
