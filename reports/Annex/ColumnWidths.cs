using ClosedXML.Excel;
using VolunteerDW.Warehouse.Printing;

namespace VolunteerDW.Reports.Annex;

/// <summary>
/// Sizes columns from the length of their text (rows: <see cref="RowHeights"/>). ClosedXML's own
/// fitting measures text through System.Drawing, which needs libgdiplus, absent on Linux servers.
/// </summary>
internal sealed class ColumnWidths(int columns)
{
    /// <summary>The narrowest column, in Excel's units (the width of one digit).</summary>
    public const double Min = 9;

    /// <summary>The widest column: longer text wraps.</summary>
    public const double Max = 60;

    // A header wraps at spaces: past this many characters it takes another line rather than a wider column.
    private const int HeaderLine = 20;

    // Room for the cell's margins and the autofilter's drop-down button.
    private const double Padding = 3;

    private readonly int[] _characters = new int[columns];

    /// <summary>Takes a cell's text as shown into its column's width.</summary>
    public void Add(int column, string shown)
    {
        foreach (var line in shown.AsSpan().EnumerateLines())
        {
            _characters[column] = Math.Max(_characters[column], line.Length);
        }
    }

    /// <summary>Takes a header into its column's width: whole words, wrapped past a short line.</summary>
    public void AddHeader(int column, string header)
    {
        var longestWord = header.Split(' ', '\n').Max(word => word.Length);
        _characters[column] = Math.Max(_characters[column], Math.Max(longestWord, Math.Min(header.Length, HeaderLine)));
    }

    public double WidthOf(int column) => Math.Clamp((_characters[column] * PrintedSheet.CharacterWidth) + Padding, Min, Max);

    public void Apply(IXLWorksheet sheet)
    {
        for (var column = 0; column < _characters.Length; column++)
        {
            sheet.Column(column + 1).Width = WidthOf(column);
        }
    }
}
