using VolunteerDW.Etl.Format;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Host.Samples;

/// <summary>A region's claimed total that differs from the sum of its returns, planted on purpose.</summary>
internal sealed record PlantedMismatch(string RegionKato, string SubjectType, string ActivityType, string Field, long Claimed, long TrueSum);

/// <summary>
/// The <c>consolidated</c> sheet of a region: per subject type and activity type, the sum of its
/// reporting districts' rows and its own, blanks counting as not reported (all blank gives blank).
/// </summary>
internal static class Consolidation
{
    public static IReadOnlyList<SubjectCount> Sum(IReadOnlyList<SubjectCount> own, IEnumerable<IReadOnlyList<SubjectCount>> districts)
    {
        var all = districts.Prepend(own).SelectMany(rows => rows).ToLookup(r => (r.SubjectType, r.ActivityType));
        return [.. own.Select(row =>
        {
            var cell = all[(row.SubjectType, row.ActivityType)].ToList();
            return row with
            {
                Subjects = SubjectRows.Sum(cell.Select(r => r.Subjects)),
                People = SubjectRows.Sum(cell.Select(r => r.People)),
                NewSubjects = SubjectRows.Sum(cell.Select(r => r.NewSubjects)),
            };
        })];
    }

    /// <summary>
    /// Changes one claimed cell by 3–15% either way. The cell is large (40 or more, so that 3% still
    /// shows) in a row with room around it — people well above subjects, few new subjects — so that
    /// the claim still looks like a return: no fewer people than subjects, no more new subjects than
    /// subjects. A region without such a cell keeps its claim as it is.
    /// </summary>
    public static (IReadOnlyList<SubjectCount> Rows, PlantedMismatch? Mismatch) PlantMismatch(
        IReadOnlyList<SubjectCount> rows, string regionKato, SampleRandom random)
    {
        var candidates = rows.Where(r => r.People >= 1.2 * r.Subjects && r.NewSubjects <= 0.85 * r.Subjects)
            .SelectMany(row => new[] { (row, Field: Measures.Subjects, Value: row.Subjects), (row, Field: Measures.People, Value: row.People) })
            .Where(c => c.Value >= 40)
            .ToList();
        if (candidates.Count == 0)
        {
            return (rows, null);
        }

        var (target, field, value) = random.Pick(candidates);
        var claimed = (long)Math.Round(value!.Value * (1 + ((random.Chance(0.5) ? 1 : -1) * random.Uniform(0.03, 0.15))));
        var changed = field == Measures.Subjects ? target with { Subjects = claimed } : target with { People = claimed };
        return ([.. rows.Select(r => ReferenceEquals(r, target) ? changed : r)],
            new PlantedMismatch(regionKato, target.SubjectType, target.ActivityType, field, claimed, value.Value));
    }
}
