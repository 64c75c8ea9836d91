using VolunteerDW.Etl.Format;

namespace VolunteerDW.Etl.Workbooks;

/// <summary>
/// Lays a <see cref="Submission"/> out as the sheets of format <c>vdw-submission/1</c>: the
/// key/value <c>submission</c> sheet, then each data sheet with field codes in row 1, labels in
/// row 2 and data from row 3. Region units get the <c>consolidated</c> sheet.
/// </summary>
public static class SubmissionSheets
{
    public static IReadOnlyList<XlsxSheet> For(Submission submission, bool isRegion, string? unitName = null)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var sheets = new List<XlsxSheet>
        {
            new(SubmissionLayout.Header.Name, HeaderRows(submission.Header, unitName)),
            DataSheet(SubmissionLayout.Subjects, submission.Subjects.Select(CountCells)),
            DataSheet(SubmissionLayout.Programmes, submission.Programmes.Select(ProgrammeCells)),
            DataSheet(SubmissionLayout.Practices, submission.Practices.Select(PracticeCells)),
        };
        if (isRegion)
        {
            sheets.Add(DataSheet(SubmissionLayout.Consolidated, submission.Consolidated.Select(CountCells)));
        }

        return sheets;
    }

    /// <summary>A data sheet with its two heading rows and the given data rows.</summary>
    public static XlsxSheet DataSheet(SheetSpec sheet, IEnumerable<IReadOnlyList<object?>> data)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        IReadOnlyList<object?> codes = [.. sheet.Fields.Select(f => (object?)f.Code)];
        IReadOnlyList<object?> labels = [.. sheet.Fields.Select(f => (object?)$"{f.Label.Kk} / {f.Label.Ru}")];
        return new XlsxSheet(sheet.Name, new[] { codes, labels }.Concat(data));
    }

    /// <summary>The key/value rows of the <c>submission</c> sheet: code, label, value.</summary>
    public static IEnumerable<IReadOnlyList<object?>> HeaderRows(SubmissionHeader header, string? unitName)
    {
        ArgumentNullException.ThrowIfNull(header);
        var values = new Dictionary<string, object?>
        {
            ["format"] = header.Format,
            ["unit_kato"] = header.UnitKato,
            ["unit_name"] = unitName,
            ["year"] = header.Quarter.Year,
            ["quarter"] = header.Quarter.Number,
            ["prepared_by"] = header.PreparedBy,
            ["position"] = header.Position,
            ["phone"] = header.Phone,
            ["email"] = header.Email,
            ["submitted_on"] = header.SubmittedOn,
        };
        return SubmissionLayout.Header.Fields.Select(f => (IReadOnlyList<object?>)[f.Code, $"{f.Label.Kk} / {f.Label.Ru}", values[f.Code]]);
    }

    private static IReadOnlyList<object?> CountCells(SubjectCount row) =>
        [row.SubjectType, row.ActivityType, row.Subjects, row.People, row.NewSubjects];

    private static IReadOnlyList<object?> ProgrammeCells(Programme row) =>
        [row.Kind, row.Title, row.ActivityType, row.StartDate, row.EndDate, row.StatePartner,
         row.Volunteers, row.Beneficiaries, row.VolunteerHours, row.FundingKzt];

    private static IReadOnlyList<object?> PracticeCells(Practice row) =>
        [row.Kind, row.ProposalArea, row.ActivityType, row.Title, row.Text];
}
