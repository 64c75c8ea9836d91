using System.Globalization;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Problems;
using VolunteerDW.Etl.Reading;

namespace VolunteerDW.Etl.Validation;

/// <summary>
/// Reads the fields of one row (or of the key/value header sheet) by field code, by each field's
/// kind and rules, and records every problem with its sheet, cell, field and value.
/// </summary>
/// <param name="sheet">The sheet the fields are on.</param>
/// <param name="cellOf">A field's cell, or null when the field has none.</param>
/// <param name="referenceOf">Where a field's cell is, as the problem names it: asked only when there is a problem.</param>
/// <param name="codes">The codes each code field accepts.</param>
/// <param name="problems">Where problems are recorded.</param>
internal sealed class FieldReader(SheetSpec sheet, Func<string, RawCell?> cellOf, Func<string, string> referenceOf, CodeLists codes, List<Problem> problems)
{
    public SheetSpec Sheet { get; } = sheet;

    public string Reference(string field) => referenceOf(field);

    public bool IsBlank(string field) => cellOf(field) is null or { IsBlank: true };

    public void Report(ProblemKind kind, string field, string? value = null, string? expected = null) =>
        problems.Add(new Problem(kind, Sheet.Name, Reference(field), field, value, expected));

    public string? Text(string field)
    {
        var spec = Sheet.Field(field);
        if (!TryCell(field, out var cell))
        {
            return null;
        }

        var text = CellParsing.Text(cell);
        if (text is null)
        {
            RequireIfNeeded(spec);
        }
        else if (spec.MaxLength > 0 && text.Length > spec.MaxLength)
        {
            Report(ProblemKind.TextTooLong, field, text.Length.ToString(CultureInfo.InvariantCulture), spec.MaxLength.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        return text;
    }

    public string? Code(string field)
    {
        var spec = Sheet.Field(field);
        if (!TryCell(field, out var cell))
        {
            return null;
        }

        var code = CellParsing.Code(cell);
        if (code is null)
        {
            RequireIfNeeded(spec);
            return null;
        }

        var known = codes.Find(spec.CodeList!, code);
        if (known is null)
        {
            Report(ProblemKind.UnknownCode, field, cell!.Display, codes.Describe(spec.CodeList!));
        }

        return known;
    }

    /// <summary>A count (fits the warehouse's INT columns) or an amount of money (BIGINT).</summary>
    public long? Number(string field)
    {
        var spec = Sheet.Field(field);
        if (!TryCell(field, out var cell))
        {
            return null;
        }

        var max = spec.Kind == FieldKind.Money ? long.MaxValue / 10 : int.MaxValue;
        var value = CellParsing.WholeNumber(cell, max, (kind, expected) => Report(kind, field, cell!.Display, expected));
        if (cell is null || cell.IsBlank)
        {
            RequireIfNeeded(spec);
        }

        return value;
    }

    public DateOnly? Date(string field)
    {
        var spec = Sheet.Field(field);
        if (!TryCell(field, out var cell))
        {
            return null;
        }

        var value = CellParsing.Date(cell, (kind, expected) => Report(kind, field, cell!.Display, expected));
        if (cell is null || cell.IsBlank)
        {
            RequireIfNeeded(spec);
        }

        return value;
    }

    /// <summary>
    /// The field's cell, or null when it has none; false, with the problem reported, when the cell
    /// holds something in place of a value — which no kind of field may read as blank or as a value.
    /// </summary>
    private bool TryCell(string field, out RawCell? cell)
    {
        cell = cellOf(field);
        if (cell is null || cell.Holds == CellHolds.Value)
        {
            return true;
        }

        Report(Refusal(cell.Holds), field, CellParsing.Text(cell));
        cell = null;
        return false;
    }

    private static ProblemKind Refusal(CellHolds holds) => holds switch
    {
        CellHolds.FormulaNotCalculated => ProblemKind.FormulaNotCalculated,
        CellHolds.Logical => ProblemKind.LogicalValue,
        CellHolds.ExternalLink => ProblemKind.ExternalLink,
        _ => throw new ArgumentOutOfRangeException(nameof(holds), holds, "A value is read, not refused."),
    };

    private void RequireIfNeeded(FieldSpec spec)
    {
        if (spec.Required)
        {
            Report(ProblemKind.Required, spec.Code);
        }
    }
}
