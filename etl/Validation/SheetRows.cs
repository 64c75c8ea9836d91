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

        // One pass over the sheet, which may be long: the codes in row 1 come first, as rows come in order.
        Dictionary<string, int>? columns = null;
        foreach (var row in sheet.Rows)
        {
            if (columns is null)
            {
                columns = ColumnsByCode(row.Number == 1 ? row : null);
                if (!HasFields(columns, spec, problems))
                {
                    yield break;
                }
            }

            if (row.Number < SubmissionLayout.FirstDataRow || columns.Values.All(column => row[column] is null || row[column]!.IsBlank))
            {
                continue;
            }

            yield return (row, new FieldReader(spec, field => columns.TryGetValue(field, out var column) ? row[column] : null,
                field => Reference(row, columns, field), codes, problems));
        }

        if (columns is null)
        {
            HasFields(ColumnsByCode(null), spec, problems);
        }
    }

    /// <summary>Whether a sheet holds any data below its two heading rows.</summary>
    public static bool HasData(RawSheet? sheet) =>
        sheet is not null && sheet.Rows.Any(r => r.Number >= SubmissionLayout.FirstDataRow && !r.IsBlank);

    /// <summary>Whether every required field has its column; a problem for each that has not.</summary>
    private static bool HasFields(Dictionary<string, int> columns, SheetSpec spec, List<Problem> problems)
    {
        var missing = spec.Fields.Where(f => f.Required && !columns.ContainsKey(f.Code)).ToList();
        problems.AddRange(missing.Select(field => new Problem(ProblemKind.MissingField, spec.Name, "1", field.Code, Expected: field.Code)));
        return missing.Count == 0;
    }

    private static Dictionary<string, int> ColumnsByCode(RawRow? codes)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cell in codes?.Cells.Values ?? [])
        {
            if (CellParsing.Text(cell) is { } code)
            {
                columns.TryAdd(code.ToLowerInvariant(), cell.Column);
            }
        }

        return columns;
    }

    private static string Reference(RawRow row, Dictionary<string, int> columns, string field) =>
        columns.TryGetValue(field, out var column)
            ? XlsxWriter.CellReference(column, (uint)row.Number)
            : $"{row.Number}";
}
