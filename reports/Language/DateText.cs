using System.Globalization;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Languages;

/// <summary>
/// Months, dates and reporting periods as each language writes them: "2026 жылғы 25 шілде",
/// "25 июля 2026 г.", "25 July 2026"; "2026 жылғы 2-тоқсан", "2-й квартал 2026 г.", "2026 Q2".
/// Period labels are word for word those of the warehouse's <c>dim_quarter</c> (migration
/// 0001_calendar), so a report reads the same whether it takes a label from there or from here.
/// </summary>
public static class DateText
{
    private static readonly string[] _kazakhMonths =
        ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];

    private static readonly string[] _russianMonths =
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];

    private static readonly string[] _russianMonthsOf =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    private static readonly string[] _englishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>A month's name on its own (nominative), as <c>dim_date</c> has it: "шілде", "июль", "July".</summary>
    public static string Month(int month, Language language) => language switch
    {
        Language.Kk => _kazakhMonths[MonthIndex(month)],
        Language.Ru => _russianMonths[MonthIndex(month)],
        _ => _englishMonths[MonthIndex(month)],
    };

    /// <summary>A month's name in a Russian date (genitive): "июля" in "25 июля".</summary>
    public static string RussianMonthOf(int month) => _russianMonthsOf[MonthIndex(month)];

    /// <summary>A date: "2026 жылғы 25 шілде", "25 июля 2026 г.", "25 July 2026".</summary>
    public static string Date(DateOnly date, Language language)
    {
        var year = Number(date.Year);
        var day = Number(date.Day);
        return language switch
        {
            Language.Kk => $"{year} жылғы {day} {Month(date.Month, language)}",
            Language.Ru => $"{day} {RussianMonthOf(date.Month)} {year} г.",
            _ => $"{day} {Month(date.Month, language)} {year}",
        };
    }

    /// <summary>A quarter from its key yyyyq (20262): "2026 жылғы 2-тоқсан", "2-й квартал 2026 г.", "2026 Q2".</summary>
    public static Label Quarter(int quarterKey)
    {
        var (year, quarter) = Split(quarterKey, 4, nameof(quarterKey));
        return new Label($"{year} жылғы {quarter}-тоқсан", $"{quarter}-й квартал {year} г.", $"{year} Q{quarter}");
    }

    /// <summary>A half-year from its key yyyyh (20261): "2026 жылғы 1-жартыжылдық", "1-е полугодие 2026 г.", "2026 H1".</summary>
    public static Label Half(int halfKey)
    {
        var (year, half) = Split(halfKey, 2, nameof(halfKey));
        return new Label($"{year} жылғы {half}-жартыжылдық", $"{half}-е полугодие {year} г.", $"{year} H{half}");
    }

    /// <summary>
    /// A quarter on a chart's axis, in the words of the tables but short enough for a dozen to fit:
    /// the quarter above its year, "2-тоқсан" / "2 кв." / "Q2" over "2026" (a line break between).
    /// </summary>
    public static Label QuarterAxis(int quarterKey)
    {
        var (year, quarter) = Split(quarterKey, 4, nameof(quarterKey));
        return new Label($"{quarter}-тоқсан\n{year}", $"{quarter} кв.\n{year}", $"Q{quarter}\n{year}");
    }

    private static int MonthIndex(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return month - 1;
    }

    private static (string Year, string Part) Split(int key, int parts, string name)
    {
        var (year, part) = Math.DivRem(key, 10);
        if (year is < 1 or > 9999 || part < 1 || part > parts)
        {
            throw new ArgumentOutOfRangeException(name, key, $"Expected a key yyyyN with N from 1 to {parts}.");
        }

        return (Number(year), Number(part));
    }

    // Years and days are written without a thousands separator: "2026", never "2 026".
    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
