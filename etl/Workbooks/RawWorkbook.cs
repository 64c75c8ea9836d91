namespace VolunteerDW.Etl.Workbooks;

/// <summary>One non-empty cell as stored: text, or a number (dates are numbers too).</summary>
public sealed record RawCell(int Row, int Column, string? Text, double? Number)
{
    /// <summary>The cell's A1 reference.</summary>
    public string Reference => XlsxWriter.CellReference(Column, (uint)Row);

    public bool IsBlank => Number is null && string.IsNullOrWhiteSpace(Text);

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
