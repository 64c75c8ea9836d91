using VolunteerDW.Etl.Workbooks;

namespace VolunteerDW.Etl.Reading;

/// <summary>What a cell holds: a value the loader can read, or something it must refuse rather than guess at.</summary>
public enum CellHolds : byte
{
    /// <summary>Text or a number (dates are numbers too), typed or the stored result of a formula.</summary>
    Value,

    /// <summary>
    /// A formula with no stored result, as programs that do not calculate (openpyxl) save one: its
    /// value is unknown, not blank. <see cref="RawCell.Text"/> is the formula, when the cell has its text.
    /// </summary>
    FormulaNotCalculated,

    /// <summary>
    /// A logical value (<c>t="b"</c>), stored as 1 or 0 but no number: Excel makes one of TRUE or
    /// FALSE typed into a cell. <see cref="RawCell.Text"/> is TRUE or FALSE.
    /// </summary>
    Logical,

    /// <summary>
    /// A formula taking its value from another workbook (an external link, <c>[1]Sheet1!B2</c>):
    /// whatever result is stored came from elsewhere. <see cref="RawCell.Text"/> is the formula,
    /// when the cell has its text.
    /// </summary>
    ExternalLink,
}

/// <summary>
/// One non-empty cell as stored: text, or a number (dates are numbers too), or — as
/// <see cref="Holds"/> says — something else in its place.
/// </summary>
public sealed record RawCell
{
    // A nullable double would take 16 bytes with its flag; kept apart, the flag and Holds share
    // the padding after the two ints, and a cell takes no more memory than before Holds was added.
    private readonly double _number;
    private readonly bool _hasNumber;

    public RawCell(int row, int column, string? text, double? number, CellHolds holds = CellHolds.Value)
    {
        Row = row;
        Column = column;
        Text = text;
        (_number, _hasNumber) = (number.GetValueOrDefault(), number.HasValue);
        Holds = holds;
    }

    public int Row { get; }

    public int Column { get; }

    public string? Text { get; }

    public double? Number => _hasNumber ? _number : null;

    public CellHolds Holds { get; }

    /// <summary>The cell's A1 reference.</summary>
    public string Reference => XlsxWriter.CellReference(Column, (uint)Row);

    /// <summary>Whether the cell holds nothing at all: what it holds in place of a value is never blank.</summary>
    public bool IsBlank => Holds == CellHolds.Value && !_hasNumber && string.IsNullOrWhiteSpace(Text);

    /// <summary>The value as a user would read it, for error messages.</summary>
    public string Display => Text ?? Number?.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
}

/// <summary>A row of a sheet, by one-based row number, with its cells by zero-based column.</summary>
public sealed record RawRow(int Number, IReadOnlyDictionary<int, RawCell> Cells)
{
    public bool IsBlank => Cells.Values.All(c => c.IsBlank);

    public RawCell? this[int column] => Cells.TryGetValue(column, out var cell) ? cell : null;
}

/// <summary>
/// A sheet's rows in order; blank rows may be missing. Each enumeration reads the sheet again, a
/// row at a time: enumerate once where the rows are many.
/// </summary>
public sealed record RawSheet(string Name, IEnumerable<RawRow> Rows);

/// <summary>The cell values of a workbook, sheet by sheet, without formatting.</summary>
public sealed class RawWorkbook(IReadOnlyList<RawSheet> sheets)
{
    public IReadOnlyList<RawSheet> Sheets { get; } = sheets;

    /// <summary>A sheet by name, ignoring case and surrounding spaces.</summary>
    public RawSheet? Sheet(string name) =>
        Sheets.FirstOrDefault(s => string.Equals(s.Name.Trim(), name, StringComparison.OrdinalIgnoreCase));
}
