using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.BlankReturn;

/// <summary>
/// How to write a deadline (<see cref="Quarter.Tier1Deadline"/>, <see cref="Quarter.Tier2Deadline"/>)
/// in a sentence: "no later than" takes the ablative in Kazakh (2026 жылғы 5 қазаннан) and the
/// genitive in Russian (5 октября 2026 года).
/// </summary>
internal static class ReportingDeadlines
{
    private static readonly string[] KazakhMonthsAblative =
        ["қаңтардан", "ақпаннан", "наурыздан", "сәуірден", "мамырдан", "маусымнан",
         "шілдеден", "тамыздан", "қыркүйектен", "қазаннан", "қарашадан", "желтоқсаннан"];

    private static readonly string[] RussianMonthsGenitive =
        ["января", "февраля", "марта", "апреля", "мая", "июня",
         "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    /// <summary>"No later than" the date, in Kazakh.</summary>
    public static string NoLaterThanKk(DateOnly date) => $"{date.Year} жылғы {date.Day} {KazakhMonthsAblative[date.Month - 1]} кешіктірмей";

    /// <summary>"No later than" the date, in Russian.</summary>
    public static string NoLaterThanRu(DateOnly date) => $"не позднее {date.Day} {RussianMonthsGenitive[date.Month - 1]} {date.Year} года";
}
