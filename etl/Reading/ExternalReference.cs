using System.Globalization;

namespace VolunteerDW.Etl.Reading;

/// <summary>
/// Finds a reference to another workbook in a formula's text as stored. Excel stores one with the
/// link's number in brackets before the sheet or name — <c>[1]Sheet1!$B$2</c>,
/// <c>'[1]My sheet'!A1</c>, <c>[1]!Total</c> — counting the workbook's external links from 1 (0
/// is the workbook itself). Brackets also open table references (<c>Counts[2026]</c>,
/// <c>Counts[[#This Row],[2026]]</c>), but after the table's name or inside other brackets; and
/// anything may stand inside a string (<c>"[1]"</c>). Reads the text in place: nothing is allocated.
/// </summary>
internal static class ExternalReference
{
    public static bool In(string formula)
    {
        var depth = 0;
        for (var i = 0; i < formula.Length; i++)
        {
            switch (formula[i])
            {
                case '\'' when depth > 0:
                    i++; // in a table reference, ' makes the next character part of a column's name
                    break;
                case '\'':
                    // A quoted sheet name: a sheet's own name may not hold brackets, so any is a workbook's.
                    var end = QuotedEnd(formula, i);
                    if (formula.AsSpan(i, end - i).Contains('['))
                    {
                        return true;
                    }

                    i = end;
                    break;
                case '"' when depth == 0:
                    i = QuotedEnd(formula, i);
                    break;
                case '[':
                    if (depth == 0 && (i == 0 || !IsNamePart(formula[i - 1])) && IsLinkNumber(formula, i))
                    {
                        return true;
                    }

                    depth++;
                    break;
                case ']' when depth > 0:
                    depth--;
                    break;
            }
        }

        return false;
    }

    /// <summary>Where the quoted text opening at <paramref name="start"/> ends: a doubled quote stands for one in the text.</summary>
    private static int QuotedEnd(string formula, int start)
    {
        var quote = formula[start];
        for (var i = start + 1; i < formula.Length; i++)
        {
            if (formula[i] != quote)
            {
                continue;
            }

            if (i + 1 < formula.Length && formula[i + 1] == quote)
            {
                i++;
                continue;
            }

            return i;
        }

        return formula.Length;
    }

    /// <summary>Whether <c>[n]</c>, n a link's number (1 or more), opens at <paramref name="start"/>.</summary>
    private static bool IsLinkNumber(string formula, int start)
    {
        var close = formula.IndexOf(']', start);
        return close > start + 1
            && int.TryParse(formula.AsSpan(start + 1, close - start - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number > 0;
    }

    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '\\';
}
