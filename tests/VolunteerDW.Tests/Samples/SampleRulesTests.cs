using System.Text.RegularExpressions;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Reading;

namespace VolunteerDW.Tests.Samples;

/// <summary>The samples are valid returns: every value keeps the format's rules, except what is planted and listed.</summary>
[Collection(SharedSampleRun.Name)]
public sealed partial class SampleRulesTests(SampleRun run)
{
    private IEnumerable<(string Kato, RawWorkbook Workbook)> Returns()
    {
        var folder = Path.Combine(run.Output, SampleRun.First.ToString());
        return run.Workbooks(SampleRun.First).Select(e => (ReturnCells.Kato(e), e.Workbook))
            .Concat(run.Quarter(SampleRun.First).Corrections.Select(c =>
                (c.Kato, XlsxReader.Read(File.ReadAllBytes(Path.Combine(folder, c.File)), new ArchiveLimits()))));
    }

    [Fact]
    public void Counts_are_whole_and_not_negative_with_no_more_new_subjects_than_subjects_one_row_per_type_pair()
    {
        var subjectTypes = run.Snapshot.SubjectTypes.Select(t => t.Code).ToList();
        var activityTypes = run.Snapshot.ActivityTypes.Select(t => t.Code).ToList();
        var cells = new List<long?>();
        foreach (var (kato, workbook) in Returns())
        {
            foreach (var sheet in new[] { SubmissionLayout.Subjects, SubmissionLayout.Consolidated }.Where(s => workbook.Sheet(s.Name) is not null))
            {
                var rows = ReturnCells.Rows(workbook, sheet);
                Assert.Equal(subjectTypes.SelectMany(s => activityTypes.Select(a => (s, a))),
                    rows.Select(r => (ReturnCells.Text(r["subject_type"])!, ReturnCells.Text(r["activity_type"])!)));
                foreach (var row in rows)
                {
                    var (subjects, people, added) = (ReturnCells.Count(row["subjects"]), ReturnCells.Count(row["people"]), ReturnCells.Count(row["new_subjects"]));
                    Assert.All(new[] { row["subjects"], row["people"], row["new_subjects"] }.Where(c => c is not null),
                        c => Assert.True(c!.Number >= 0 && c.Number == Math.Floor(c.Number.Value), $"{kato} {sheet.Name}!{c.Reference}"));
                    Assert.False(added > subjects, $"{kato} {sheet.Name} row {row["subjects"]?.Row}: new subjects above subjects");
                    // A region's sum can have fewer people than subjects where a district left people blank.
                    Assert.False(sheet == SubmissionLayout.Subjects && people < subjects, $"{kato}: fewer people than subjects");
                    cells.AddRange([subjects, people, added]);
                }
            }
        }

        Assert.Contains(null, cells);
        Assert.Contains(0L, cells);
    }

    [Fact]
    public void Programmes_have_known_codes_plausible_numbers_and_dates_inside_the_quarter_unless_planted()
    {
        var outside = run.Quarter(SampleRun.First).ProgrammesOutsideQuarter.Select(o => (o.Kato, o.Row)).ToHashSet();
        var activityTypes = run.Snapshot.ActivityTypes.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        var kinds = SubmissionLayout.FixedCodeLists["programme_kind"].Select(k => k.Code).ToList();
        var found = new HashSet<(string, int)>();
        var partnered = 0;
        var all = 0;
        foreach (var (kato, workbook) in Returns())
        {
            foreach (var row in ReturnCells.Rows(workbook, SubmissionLayout.Programmes))
            {
                var (start, end) = (ReturnCells.Date(row["start_date"])!.Value, ReturnCells.Date(row["end_date"]));
                var (volunteers, hours, funding) = (ReturnCells.Count(row["volunteers"])!.Value, ReturnCells.Count(row["volunteer_hours"])!.Value, ReturnCells.Count(row["funding_kzt"]));
                Assert.Contains(ReturnCells.Text(row["programme_kind"]), kinds);
                Assert.Contains(ReturnCells.Text(row["activity_type"])!, activityTypes);
                Assert.InRange(ReturnCells.Text(row["title"])!.Length, 5, SubmissionLayout.TitleLength);
                Assert.True(end is null || end >= start, $"{kato} row {row["title"]!.Row}: ends before it starts");
                Assert.InRange(volunteers, 3, 200);
                Assert.InRange(hours, volunteers * 2, volunteers * 8);
                Assert.True(funding is null or 0 or (>= 50_000 and <= 5_000_000), $"{kato}: funding {funding}");
                if (start < SampleRun.First.FirstDay || end > SampleRun.First.LastDay)
                {
                    found.Add((kato, row["title"]!.Row));
                }

                partnered += row["state_partner"] is null ? 0 : 1;
                all++;
            }
        }

        Assert.Equal(outside.Order(), found.Order());
        Assert.InRange(partnered / (double)all, 0.32, 0.38);
    }

    [Fact]
    public void Practices_are_kazakh_or_russian_within_the_limits_and_only_proposals_have_an_area()
    {
        var areas = SubmissionLayout.FixedCodeLists["proposal_area"].Select(a => a.Code).ToList();
        var proposals = new List<(string Kato, string Title)>();
        var texts = new List<string>();
        foreach (var (kato, workbook) in Returns())
        {
            foreach (var row in ReturnCells.Rows(workbook, SubmissionLayout.Practices))
            {
                var (kind, area, title, text) = (ReturnCells.Text(row["practice_kind"]), ReturnCells.Text(row["proposal_area"]),
                    ReturnCells.Text(row["title"])!, ReturnCells.Text(row["text"])!);
                Assert.Contains(kind, SubmissionLayout.FixedCodeLists["practice_kind"].Select(k => k.Code));
                Assert.Equal(kind == "proposal", area is not null);
                Assert.True(area is null || areas.Contains(area), area);
                Assert.InRange(title.Length, 5, SubmissionLayout.TitleLength);
                Assert.InRange(text.Length, 20, SubmissionLayout.TextLength);
                Assert.True(row["activity_type"] is null || run.Snapshot.ActivityTypes.Any(a => a.Code == row["activity_type"]!.Text));
                if (kind == "proposal")
                {
                    proposals.Add((kato, title));
                }

                texts.Add(text);
            }
        }

        Assert.Contains(texts, t => KazakhLetters().IsMatch(t));
        Assert.Contains(texts, t => !KazakhLetters().IsMatch(t) && t.Contains('ё', StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains('«', StringComparison.Ordinal) && t.Contains('—', StringComparison.Ordinal));
        Assert.Contains(proposals.GroupBy(p => p.Title), g => g.Select(p => p.Kato).Distinct().Count() > 1);
    }

    [GeneratedRegex("[әғқңөұүһі]")]
    private static partial Regex KazakhLetters();
}
