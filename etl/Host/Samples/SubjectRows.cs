using VolunteerDW.Etl.Format;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Host.Samples;

/// <summary>
/// The <c>subjects</c> sheet of a return: one row per subject type × activity type, the unit's share
/// of the national figures with some noise. A few cells are left blank (not reported); small
/// units report real zeros.
/// </summary>
internal static class SubjectRows
{
    public static IReadOnlyList<SubjectCount> Draw(SampleRandom random, DimensionSnapshot classifiers, Quarter quarter, double share, double factor)
    {
        var mix = classifiers.ActivityTypes.Sum(a => SampleProfile.ActivityWeight(a.Code));
        var rows = new List<SubjectCount>();
        foreach (var subjectType in classifiers.SubjectTypes)
        {
            foreach (var activityType in classifiers.ActivityTypes)
            {
                var mean = SampleProfile.NationalSubjects(subjectType.Code, quarter) * share * factor
                    * SampleProfile.ActivityWeight(activityType.Code) / mix * random.Uniform(0.92, 1.08);
                var subjects = random.Count(mean);
                var (min, max) = SampleProfile.People(subjectType.Code);
                var people = (long)Math.Round(subjects * random.Uniform(min, max));
                var newSubjects = (long)Math.Round(subjects * random.Uniform(0.05, 0.20));
                var blank = random.NextDouble();
                rows.Add(new SubjectCount(SubmissionLayout.FirstDataRow + rows.Count, subjectType.Code, activityType.Code,
                    blank < 0.01 ? null : subjects,
                    blank < 0.03 ? null : people,
                    blank < 0.06 ? null : newSubjects));
            }
        }

        return rows;
    }

    /// <summary>The total of a field over rows, or null when no row reports it.</summary>
    public static long? Sum(IEnumerable<long?> values)
    {
        long? total = null;
        foreach (var value in values)
        {
            if (value is { } number)
            {
                total = (total ?? 0) + number;
            }
        }

        return total;
    }

    /// <summary>All subjects a return reports, for quarter-on-quarter comparisons.</summary>
    public static long Total(IEnumerable<SubjectCount> rows) => Sum(rows.Select(r => r.Subjects)) ?? 0;
}
