using System.Globalization;
using VolunteerDW.Reports.Tables;

namespace VolunteerDW.Reports.Annex;

/// <summary>
/// How an annex column's cells are stored and shown: the CLR type its values must have, the Excel
/// number format, and the same format in .NET, which sizes the column for its values as shown.
/// Text keeps Excel's General format; figures, dates and times align right, as figures are
/// compared by their last digits.
/// </summary>
internal sealed class CellFormat
{
    public static readonly CellFormat Text = new(typeof(string), null, null);

    public static readonly CellFormat Count = new(typeof(long), "#,##0", "#,##0");

    public static readonly CellFormat Rate = new(typeof(double), "#,##0.0", "#,##0.0");

    /// <summary>Values are fractions: Excel and .NET both show 0.153 as 15.3%.</summary>
    public static readonly CellFormat Percent = new(typeof(double), "0.0%", "0.0%");

    /// <summary>A change shows its sign, as the report's text writes it: +15.3%, -4.0%, 0.0%.</summary>
    public static readonly CellFormat Change = new(typeof(double), "+0.0%;-0.0%;0.0%", "+0.0%;-0.0%;0.0%");

    public static readonly CellFormat Date = new(typeof(DateOnly), "yyyy-mm-dd", "yyyy-MM-dd");

    /// <summary>An instant with seconds, e.g. when a file was received.</summary>
    public static readonly CellFormat Time = new(typeof(DateTime), "yyyy-mm-dd hh:mm:ss", "yyyy-MM-dd HH:mm:ss");

    private readonly string? _dotNet;

    private CellFormat(Type valueType, string? excel, string? dotNet)
    {
        ValueType = valueType;
        Excel = excel;
        _dotNet = dotNet;
    }

    public Type ValueType { get; }

    /// <summary>The Excel number format; null for text.</summary>
    public string? Excel { get; }

    public static CellFormat Of(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => Text,
        ColumnKind.Count => Count,
        ColumnKind.Rate => Rate,
        ColumnKind.Percent => Percent,
        ColumnKind.Change => Change,
        ColumnKind.Date => Date,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "An unknown column kind."),
    };

    /// <summary>A value (of <see cref="ValueType"/>) as the cell shows it.</summary>
    public string Show(object value) => value as string ?? ((IFormattable)value).ToString(_dotNet, CultureInfo.InvariantCulture);
}
