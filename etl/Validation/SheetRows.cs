using VolunteerDW.Etl.Submissions;
using VolunteerDW.Etl.Workbooks;

namespace VolunteerDW.Etl.Validation;

/// <summary>
/// The data rows of a data sheet, each with a <see cref="FieldReader"/> that finds a field's cell
/// through the codes in row 1 — so columns may be reordered or added by other systems.
/// </summary>
internal static class SheetRows
{
    public static IEnumerable<(RawRow Row, FieldReader Fields)> Read(RawSheet? sheet, SheetSpec spec, CodeLists codes, List<Problem> problems)
    {
        if (sheet is null)
        {
            problems.Add(new Problem(ProblemKind.MissingSheet, Expected: spec.Name));
            yield break;
        }

        var columns = ColumnsByCode(sheet);
        var missing = spec.Fields.Where(f => f.Required && !columns.ContainsKey(f.Code)).ToList();
        foreach (var field in missing)
        {
            problems.Add(new Problem(ProblemKind.MissingField, spec.Name, "1", field.Code, Expected: field.Code));
        }

        if (missing.Count > 0)
        {
            yield break;
        }

        foreach (var row in sheet.Rows.Where(r => r.Number >= SubmissionLayout.FirstDataRow))
        {
            if (columns.Values.All(column => row[column] is null || row[column]!.IsBlank))
            {
                continue;
            }

            yield return (row, new FieldReader(spec, field => Locate(row, columns, field), codes, problems));
        }
    }

    /// <summary>Whether a sheet holds any data below its two heading rows.</summary>
    public static bool HasData(RawSheet? sheet) =>
        sheet is not null && sheet.Rows.Any(r => r.Number >= SubmissionLayout.FirstDataRow && !r.IsBlank);

    private static Dictionary<string, int> ColumnsByCode(RawSheet sheet)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        // Rows come in order: stop at the first row past the codes rather than read the whole sheet.
        var codes = sheet.Rows.TakeWhile(r => r.Number <= 1).FirstOrDefault();
        foreach (var cell in codes?.Cells.Values ?? [])
        {
            if (CellParsing.Text(cell) is { } code)
            {
                columns.TryAdd(code.ToLowerInvariant(), cell.Column);
            }
        }

        return columns;
    }

    private static (RawCell? Cell, string Reference) Locate(RawRow row, Dictionary<string, int> columns, string field) =>
        columns.TryGetValue(field, out var column)
            ? (row[column], XlsxWriter.CellReference(column, (uint)row.Number))
            : (null, $"{row.Number}");
}
