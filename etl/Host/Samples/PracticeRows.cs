using VolunteerDW.Etl.Format;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Host.Samples;

/// <summary>
/// The <c>practices</c> sheet of a return: 0–3 items of positive experience, 0–2 problems and 0–2
/// proposals, each from the phrase bank, some tied to an activity type; no item twice in one
/// return. Units drawing the same proposal template word it nearly alike, as real returns do.
/// </summary>
internal static class PracticeRows
{
    private static readonly (string Kind, int Max)[] Counts = [(PracticeKinds.PositiveExperience, 3), (PracticeKinds.Problem, 2), (PracticeKinds.Proposal, 2)];

    public static IReadOnlyList<Practice> Draw(SampleRandom random, UnitContext unit)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(unit);
        var rows = new List<Practice>();
        var used = new HashSet<PracticeTemplate>();
        foreach (var (kind, max) in Counts)
        {
            for (var count = random.Between(0, max); count > 0; count--)
            {
                var language = unit.Preparer.TextLanguage(random);
                var template = random.Pick([.. PhraseBank.Shipped.Practices(language, kind).Except(used)]);
                used.Add(template);
                var name = unit.Name(language);
                rows.Add(new Practice(SubmissionLayout.FirstDataRow + rows.Count, kind, template.ProposalArea,
                    random.Chance(0.6) ? unit.ActivityType(random) : null,
                    PhraseBank.Fill(template.Title, random, name, unit.Quarter.Year),
                    PhraseBank.Fill(template.Text, random, name, unit.Quarter.Year)));
            }
        }

        return rows;
    }
}
