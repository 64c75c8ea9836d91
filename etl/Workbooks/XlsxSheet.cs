namespace VolunteerDW.Etl.Workbooks;

/// <summary>
/// A sheet to write: rows of cells, each a string, a whole or decimal number, a date, a boolean,
/// or null for an empty cell.
/// </summary>
public sealed record XlsxSheet(string Name, IEnumerable<IReadOnlyList<object?>> Rows);
