using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.BlankReturn;

/// <summary>
/// The quarterly deadlines of the Rules (§7, §8) and how to write them in a sentence: "no later
/// than" takes the ablative in Kazakh (2026 жылғы 5 қазаннан) and the genitive in Russian
/// (5 октября 2026 года).
/// </summary>
internal static class ReportingDeadlines
{
    private static readonly string[] KazakhMonthsAblative =
        ["қаңтардан", "ақпаннан", "наурыздан", "сәуірден", "мамырдан", "маусымнан",
         "шілдеден", "тамыздан", "қыркүйектен", "қазаннан", "қарашадан", "желтоқсаннан"];

    private static readonly string[] RussianMonthsGenitive =
        ["января", "февраля", "марта", "апреля", "мая", "июня",
         "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    /// <summary>Districts and cities of regional significance send to their region by the 5th of the next month.</summary>
    public static DateOnly Tier1(Quarter quarter) => quarter.Next.FirstDay.AddDays(4);

    /// <summary>Regions send to the ministry by the 10th of the next month.</summary>
    public static DateOnly Tier2(Quarter quarter) => quarter.Next.FirstDay.AddDays(9);

    /// <summary>"No later than" the date, in Kazakh.</summary>
    public static string NoLaterThanKk(DateOnly date) => $"{date.Year} жылғы {date.Day} {KazakhMonthsAblative[date.Month - 1]} кешіктірмей";

    /// <summary>"No later than" the date, in Russian.</summary>
    public static string NoLaterThanRu(DateOnly date) => $"не позднее {date.Day} {RussianMonthsGenitive[date.Month - 1]} {date.Year} года";
}
