using System.Globalization;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Problems;
using VolunteerDW.Etl.Reading;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Dimensions;

namespace VolunteerDW.Etl.Validation;

/// <summary>
/// Checks a workbook against format <c>vdw-submission/1</c> and the warehouse, and returns the
/// typed submission — or throws <see cref="SubmissionRejectedException"/> with every problem found.
/// </summary>
public static class SubmissionParser
{
    /// <summary>A broken file can have thousands of problems; the first ones are enough to fix it.</summary>
    public const int MaxProblems = 200;

    public static (Submission Submission, UnitVersionRow Unit) Parse(RawWorkbook workbook, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(context);
        var problems = new List<Problem>();
        var (header, unit) = HeaderParser.Parse(workbook.Sheet(SubmissionLayout.Header.Name), context, problems);
        var isRegion = unit?.ReportingTier == 2;
        var subjects = CountRows(workbook, SubmissionLayout.Subjects, context, problems);
        var programmes = SheetRows.Read(workbook.Sheet(SubmissionLayout.Programmes.Name), SubmissionLayout.Programmes, context.Codes, problems)
            .Select(r => ProgrammeRow(r.Row, r.Fields)).OfType<Programme>().ToList();
        var practices = SheetRows.Read(workbook.Sheet(SubmissionLayout.Practices.Name), SubmissionLayout.Practices, context.Codes, problems)
            .Select(r => PracticeRow(r.Row, r.Fields, context.Codes)).OfType<Practice>().ToList();
        var consolidated = Consolidated(workbook, unit, isRegion, context, problems);
        // Two actions may share a title and a day; only the same row twice, every field alike, is a duplicate.
        RowRules.NoDuplicates(SubmissionLayout.Programmes, programmes, p => p.SourceRow, p => p with { SourceRow = 0 }, problems);
        RowRules.NoDuplicates(SubmissionLayout.Practices, practices, p => p.SourceRow,
            p => (p.Kind, p.Title.ToUpperInvariant(), p.Text.ToUpperInvariant()), problems);

        if (problems.Count > 0 || header is null || unit is null)
        {
            throw new SubmissionRejectedException([.. problems.Take(MaxProblems)]);
        }

        return (new Submission(header, subjects, programmes, practices, consolidated), unit);
    }

    private static List<SubjectCount> Consolidated(RawWorkbook workbook, UnitVersionRow? unit, bool isRegion, ParseContext context, List<Problem> problems)
    {
        var sheet = workbook.Sheet(SubmissionLayout.Consolidated.Name);
        if (unit is null)
        {
            return [];
        }

        if (!isRegion)
        {
            if (SheetRows.HasData(sheet))
            {
                problems.Add(new Problem(ProblemKind.ConsolidatedFromDistrict, SubmissionLayout.Consolidated.Name));
            }

            return [];
        }

        if (sheet is null)
        {
            problems.Add(new Problem(ProblemKind.ConsolidatedMissing, Expected: SubmissionLayout.Consolidated.Name));
            return [];
        }

        return CountRows(workbook, SubmissionLayout.Consolidated, context, problems);
    }

    private static List<SubjectCount> CountRows(RawWorkbook workbook, SheetSpec spec, ParseContext context, List<Problem> problems)
    {
        var rows = SheetRows.Read(workbook.Sheet(spec.Name), spec, context.Codes, problems)
            .Select(r => CountRow(r.Row, r.Fields)).OfType<SubjectCount>().ToList();
        RowRules.NoDuplicates(spec, rows, r => r.SourceRow, r => (r.SubjectType, r.ActivityType), problems);
        return rows;
    }

    private static SubjectCount? CountRow(RawRow row, FieldReader fields)
    {
        var subjectType = fields.Code("subject_type");
        var activityType = fields.Code("activity_type");
        var subjects = fields.Number("subjects");
        var people = fields.Number("people");
        var newSubjects = fields.Number("new_subjects");
        if (newSubjects > subjects)
        {
            fields.Report(ProblemKind.NewAboveSubjects, "new_subjects", Format(newSubjects), Format(subjects));
            return null;
        }

        return subjectType is null || activityType is null
            ? null
            : new SubjectCount(row.Number, subjectType, activityType, subjects, people, newSubjects);
    }

    private static Programme? ProgrammeRow(RawRow row, FieldReader fields)
    {
        var kind = fields.Code("programme_kind");
        var title = fields.Text("title");
        var activityType = fields.Code("activity_type");
        var start = fields.Date("start_date");
        var end = fields.Date("end_date");
        var partner = fields.Text("state_partner");
        var volunteers = fields.Number("volunteers");
        var beneficiaries = fields.Number("beneficiaries");
        var hours = fields.Number("volunteer_hours");
        var funding = fields.Number("funding_kzt");
        if (end < start)
        {
            fields.Report(ProblemKind.EndBeforeStart, "end_date", $"{end:yyyy-MM-dd}", $"{start:yyyy-MM-dd}");
            return null;
        }

        return kind is null || title is null || activityType is null || start is null
            ? null
            : new Programme(row.Number, kind, title, activityType, start.Value, end, partner, volunteers, beneficiaries, hours, funding);
    }

    private static Practice? PracticeRow(RawRow row, FieldReader fields, CodeLists codes)
    {
        var kind = fields.Code("practice_kind");
        var area = fields.Code("proposal_area");
        var activityType = fields.Code("activity_type");
        var title = fields.Text("title");
        var text = fields.Text("text");
        if (kind == PracticeKinds.Proposal && fields.IsBlank("proposal_area"))
        {
            fields.Report(ProblemKind.ProposalAreaRequired, "proposal_area", expected: codes.Describe(ProposalAreas.List));
            return null;
        }

        if (kind is not null && kind != PracticeKinds.Proposal && area is not null)
        {
            fields.Report(ProblemKind.ProposalAreaNotAllowed, "proposal_area", area);
            return null;
        }

        return kind is null || title is null || text is null
            ? null
            : new Practice(row.Number, kind, area, activityType, title, text);
    }

    private static string Format(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
