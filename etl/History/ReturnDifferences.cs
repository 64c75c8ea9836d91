using VolunteerDW.Etl.Format;

namespace VolunteerDW.Etl.History;

/// <summary>How a row of one version stands against the other version.</summary>
public enum RowChange
{
    /// <summary>In both versions, with at least one cell different.</summary>
    Changed,

    /// <summary>Only in the newer version.</summary>
    Added,

    /// <summary>Only in the older version.</summary>
    Removed,
}

/// <summary>A field of a row with its value as the workbook holds it (null: empty): text, a whole number, a date or a code.</summary>
public sealed record CellValue(FieldSpec Field, object? Value);

/// <summary>One field whose value differs between two versions: from <paramref name="Old"/> to <paramref name="New"/> (null: empty).</summary>
public sealed record CellDifference(FieldSpec Field, object? Old, object? New);

/// <summary>
/// A row that differs between two versions. <paramref name="OldRow"/> and <paramref name="NewRow"/>
/// are its rows in each version's sheet (null where it is absent, and on the <c>submission</c>
/// sheet, which has one record). <paramref name="Identity"/> names the row by the cells that tell it
/// apart (its subject and activity types, or its kind and title), as the newer version has them.
/// <paramref name="Cells"/> are the differing cells of a changed row, and every filled cell of an
/// added or removed one.
/// </summary>
public sealed record RowDifference(RowChange Change, int? OldRow, int? NewRow, IReadOnlyList<CellValue> Identity, IReadOnlyList<CellDifference> Cells);

/// <summary>The rows of one sheet that differ, in the order they stand in the sheet.</summary>
public sealed record SheetDifference(SheetSpec Sheet, IReadOnlyList<RowDifference> Rows);

/// <summary>What changed from one version of a return to another, sheet by sheet (only the sheets with a difference).</summary>
public sealed record ReturnDifferences(IReadOnlyList<SheetDifference> Sheets)
{
    /// <summary>Whether the two versions hold the same values in every cell.</summary>
    public bool None => Sheets.Count == 0;
}
