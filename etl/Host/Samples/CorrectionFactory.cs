using VolunteerDW.Etl.Format;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Host.Samples;

/// <summary>A count a correction changed.</summary>
internal sealed record CountChange(string SubjectType, string ActivityType, string Field, long? From, long? To);

/// <summary>What a correction changed: counts, and one programme row added or removed.</summary>
internal sealed record CorrectionChanges(IReadOnlyList<CountChange> Counts, string ProgrammeChange, int ProgrammeRow);

/// <summary>
/// A corrected version (v2) of a district's return, sent after the package: one to three subject
/// rows recounted by up to a quarter, and a project added or the last action removed.
/// </summary>
internal static class CorrectionFactory
{
    public static (UnitReturn Corrected, CorrectionChanges Changes) Apply(UnitReturn original, CorrectionPlan plan, long seed)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(plan);
        var context = original.Context;
        var random = SampleRandom.For(seed, SampleStream.Correction, context.Quarter, original.Kato);
        var subjects = original.Submission.Subjects.ToList();
        var changes = new List<CountChange>();
        var reported = Enumerable.Range(0, subjects.Count).Where(i => subjects[i].Subjects > 0).ToList();
        foreach (var index in random.Sample(reported, random.Between(1, 3)))
        {
            var row = subjects[index];
            var updated = Recount(row, random.Uniform(0.75, 1.25));
            changes.Add(new CountChange(row.SubjectType, row.ActivityType, Measures.Subjects, row.Subjects, updated.Subjects));
            if (updated.People != row.People)
            {
                changes.Add(new CountChange(row.SubjectType, row.ActivityType, Measures.People, row.People, updated.People));
            }

            if (updated.NewSubjects != row.NewSubjects)
            {
                changes.Add(new CountChange(row.SubjectType, row.ActivityType, Measures.NewSubjects, row.NewSubjects, updated.NewSubjects));
            }

            subjects[index] = updated;
        }

        var programmes = original.Submission.Programmes.ToList();
        var removed = programmes[^1].Kind == ProgrammeKinds.Action && random.Chance(0.5);
        var changedRow = removed
            ? programmes[^1]
            : ProgrammeRows.One(random, context, ProgrammeKinds.Project, SubmissionLayout.FirstDataRow + programmes.Count);
        if (removed)
        {
            programmes.RemoveAt(programmes.Count - 1);
        }
        else
        {
            programmes.Add(changedRow);
        }

        var submission = original.Submission with
        {
            Header = original.Submission.Header with { SubmittedOn = plan.SubmittedOn },
            Subjects = subjects,
            Programmes = programmes,
        };
        var corrected = original with { Submission = submission, SavedAt = ReportingCalendar.OfficeHours(plan.SubmittedOn, random) };
        return (corrected, new CorrectionChanges(changes, removed ? "removed" : "added", changedRow.SourceRow));
    }

    // People move with the count and never fall below it; new subjects never exceed it.
    private static SubjectCount Recount(SubjectCount row, double ratio)
    {
        var subjects = (long)Math.Round(row.Subjects!.Value * ratio);
        subjects = subjects == row.Subjects ? subjects + 1 : subjects;
        return row with
        {
            Subjects = subjects,
            People = row.People is { } people ? Math.Max(subjects, (long)Math.Round(people * ratio)) : null,
            NewSubjects = row.NewSubjects is { } added ? Math.Min(added, subjects) : null,
        };
    }
}
