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
            DataSheet(SubmissionLayout.Subjects, DataRows(submission, SubmissionLayout.Subjects).Select(r => r.Cells)),
            DataSheet(SubmissionLayout.Programmes, DataRows(submission, SubmissionLayout.Programmes).Select(r => r.Cells)),
            DataSheet(SubmissionLayout.Practices, DataRows(submission, SubmissionLayout.Practices).Select(r => r.Cells)),
        };
        if (isRegion)
        {
            sheets.Add(DataSheet(SubmissionLayout.Consolidated, DataRows(submission, SubmissionLayout.Consolidated).Select(r => r.Cells)));
        }

        return sheets;
    }

    /// <summary>
    /// The data rows of one of the return's data sheets: each row's place in the workbook and its
    /// cells in the order of the sheet's fields — what the workbook holds, and what a comparison of
    /// two versions compares cell by cell.
    /// </summary>
    public static IEnumerable<(int SourceRow, IReadOnlyList<object?> Cells)> DataRows(Submission submission, SheetSpec sheet)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(sheet);
        if (sheet.Name == SubmissionLayout.Subjects.Name)
        {
            return submission.Subjects.Select(r => (r.SourceRow, CountCells(r)));
        }

        if (sheet.Name == SubmissionLayout.Programmes.Name)
        {
            return submission.Programmes.Select(r => (r.SourceRow, ProgrammeCells(r)));
        }

        if (sheet.Name == SubmissionLayout.Practices.Name)
        {
            return submission.Practices.Select(r => (r.SourceRow, PracticeCells(r)));
        }

        return sheet.Name == SubmissionLayout.Consolidated.Name
            ? submission.Consolidated.Select(r => (r.SourceRow, CountCells(r)))
            : throw new ArgumentException($"'{sheet.Name}' is not a data sheet of the return.", nameof(sheet));
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
        var values = HeaderValues(header, unitName);
        return SubmissionLayout.Header.Fields.Select(f => (IReadOnlyList<object?>)[f.Code, $"{f.Label.Kk} / {f.Label.Ru}", values[f.Code]]);
    }

    /// <summary>The value of each field of the <c>submission</c> sheet, by its code.</summary>
    public static IReadOnlyDictionary<string, object?> HeaderValues(SubmissionHeader header, string? unitName)
    {
        ArgumentNullException.ThrowIfNull(header);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
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
    }

    private static IReadOnlyList<object?> CountCells(SubjectCount row) =>
        [row.SubjectType, row.ActivityType, row.Subjects, row.People, row.NewSubjects];

    private static IReadOnlyList<object?> ProgrammeCells(Programme row) =>
        [row.Kind, row.Title, row.ActivityType, row.StartDate, row.EndDate, row.StatePartner,
         row.Volunteers, row.Beneficiaries, row.VolunteerHours, row.FundingKzt];

    private static IReadOnlyList<object?> PracticeCells(Practice row) =>
        [row.Kind, row.ProposalArea, row.ActivityType, row.Title, row.Text];
}
