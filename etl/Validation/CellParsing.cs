using System.Globalization;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Problems;
using VolunteerDW.Etl.Reading;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.Validation;

/// <summary>
/// Turns one cell into a typed value by the field's kind, or says what is wrong with it. Blank is
/// "not reported" (null), never 0.
/// </summary>
public static class CellParsing
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "yyyy-MM-ddTHH:mm:ss"];

    /// <summary>A whole number of 0 or more, as a number cell or as text with spaces between thousands.</summary>
    public static long? WholeNumber(RawCell? cell, long max, Action<ProblemKind, string?> problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (cell is null || cell.IsBlank)
        {
            return null;
        }

        decimal value;
        if (cell.Number is { } number)
        {
            if (Math.Abs(number) >= 1e18)
            {
                problem(ProblemKind.NumberTooLarge, max.ToString(CultureInfo.InvariantCulture));
                return null;
            }

            value = (decimal)number;
        }
        else if (!decimal.TryParse(WithoutGroupSeparators(cell.Text!), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                     CultureInfo.InvariantCulture, out value))
        {
            problem(ProblemKind.NotWholeNumber, null);
            return null;
        }

        if (value != decimal.Truncate(value))
        {
            problem(ProblemKind.NotWholeNumber, null);
            return null;
        }

        if (value < 0)
        {
            problem(ProblemKind.Negative, null);
            return null;
        }

        if (value > max)
        {
            problem(ProblemKind.NumberTooLarge, max.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        return (long)value;
    }

    /// <summary>A date: a spreadsheet date serial, or text yyyy-mm-dd or dd.mm.yyyy.</summary>
    public static DateOnly? Date(RawCell? cell, Action<ProblemKind, string?> problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (cell is null || cell.IsBlank)
        {
            return null;
        }

        DateOnly date;
        if (cell.Number is { } serial)
        {
            if (serial != Math.Floor(serial) || serial < 1 || serial > 2958465)
            {
                problem(ProblemKind.BadDate, Range);
                return null;
            }

            date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }
        else if (DateTime.TryParseExact(cell.Text!.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed);
        }
        else
        {
            problem(ProblemKind.BadDate, Range);
            return null;
        }

        if (!CalendarDays.Holds(date))
        {
            problem(ProblemKind.BadDate, Range);
            return null;
        }

        return date;
    }

    /// <summary>Text with surrounding spaces removed; null when blank or when nothing can be shown.</summary>
    public static string? Text(RawCell? cell) => cell is null || cell.IsBlank || cell.Display.Trim() is not { Length: > 0 } text ? null : text;

    /// <summary>
    /// A code: the cell's text up to the template's " — " separator, in lower case. Whether it is a
    /// known code is the caller's check.
    /// </summary>
    public static string? Code(RawCell? cell)
    {
        var text = Text(cell);
        if (text is null)
        {
            return null;
        }

        var separator = text.IndexOf(SubmissionLayout.CodeLabelSeparator.Trim(), StringComparison.Ordinal);
        return (separator >= 0 ? text[..separator] : text).Trim().ToLowerInvariant();
    }

    private static string Range => CalendarDays.Span;

    private static string WithoutGroupSeparators(string text) => string.Concat(text.Where(c => c is not (' ' or '\u00A0' or '\u202F' or '\u2009' or '\t')));
}
