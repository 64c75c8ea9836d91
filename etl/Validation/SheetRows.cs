using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Problems;
using VolunteerDW.Etl.Reading;
using VolunteerDW.Etl.Workbooks;

namespace VolunteerDW.Etl.Validation;

/// <summary>
/// The data rows of a data sheet, each with a <see cref="FieldReader"/> that finds a field's cell
/// through the codes in row 1 (<see cref="FieldColumns"/>) — so columns may be in any order, and a
/// column another system adds, with nothing in row 1, is left alone.
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
                columns = FieldColumns.Find(row.Number == 1 ? row : null, spec, problems);
                if (columns is null)
                {
                    yield break;
                }
            }

            if (row.Number < SubmissionLayout.FirstDataRow || columns.Values.All(column => row[column] is null || row[column]!.IsBlank))
            {
                continue;
            }

            // Every field has its column here: FieldColumns refused the sheet otherwise.
            yield return (row, new FieldReader(spec, field => row[columns[field]],
                field => XlsxWriter.CellReference(columns[field], (uint)row.Number), codes, problems));
        }

        if (columns is null)
        {
            FieldColumns.Find(null, spec, problems);
        }
    }

    /// <summary>Whether a sheet holds any data below its two heading rows.</summary>
    public static bool HasData(RawSheet? sheet) =>
        sheet is not null && sheet.Rows.Any(r => r.Number >= SubmissionLayout.FirstDataRow && !r.IsBlank);
}
