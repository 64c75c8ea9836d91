using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Problems;
using VolunteerDW.Etl.Reading;
using VolunteerDW.Etl.Workbooks;

namespace VolunteerDW.Etl.Validation;

/// <summary>
/// Finds each field's column of a data sheet by the codes in its row 1, and reports whatever would
/// otherwise load a column as blank or drop it unread: a field without its column, a code that is
/// no field of the sheet — with the code it was likely meant to be — and a code in two columns. A
/// column with nothing in row 1 carries no field and is left alone.
/// </summary>
internal static class FieldColumns
{
    /// <summary>The column of every field by its code, or null when row 1 has a problem (then reported).</summary>
    public static Dictionary<string, int>? Find(RawRow? codesRow, SheetSpec spec, List<Problem> problems)
    {
        var before = problems.Count;
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknown = new List<(RawCell Cell, string Text)>();
        foreach (var cell in codesRow?.Cells.Values.OrderBy(c => c.Column) ?? Enumerable.Empty<RawCell>())
        {
            if (CellParsing.Text(cell) is not { } text)
            {
                continue;
            }

            var code = text.ToLowerInvariant();
            if (!spec.HasField(code))
            {
                unknown.Add((cell, text));
            }
            else if (!columns.TryAdd(code, cell.Column))
            {
                problems.Add(Duplicate(spec, cell, code, text, XlsxWriter.CellReference(columns[code], 1)));
            }
        }

        var missing = spec.Fields.Select(f => f.Code).Where(code => !columns.ContainsKey(code)).ToList();
        var meant = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (cell, text) in unknown)
        {
            if (NearestCode.Among(text.ToLowerInvariant(), missing) is { } nearest)
            {
                problems.Add(new Problem(ProblemKind.MisspeltFieldCode, spec.Name, cell.Reference, nearest, text, nearest));
                meant.Add(nearest);
            }
            else
            {
                problems.Add(new Problem(ProblemKind.UnknownFieldCode, spec.Name, cell.Reference, Value: text,
                    Expected: string.Join(", ", spec.Fields.Select(f => f.Code))));
            }
        }

        // A field whose misspelt code was just named is not missing twice over.
        problems.AddRange(missing.Where(code => !meant.Contains(code)).Select(code => Missing(spec, code, "1")));
        return problems.Count == before ? columns : null;
    }

    /// <summary>A field without its column (or, on the key/value sheet, its row).</summary>
    public static Problem Missing(SheetSpec spec, string code, string? cell) =>
        new(ProblemKind.MissingField, spec.Name, cell, code, Expected: code);

    /// <summary>A field's code found a second time, in <paramref name="cell"/>, after <paramref name="first"/>.</summary>
    public static Problem Duplicate(SheetSpec spec, RawCell cell, string code, string text, string first) =>
        new(ProblemKind.DuplicateFieldCode, spec.Name, cell.Reference, code, text, first);
}
