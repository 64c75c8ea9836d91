using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Host.Samples;

/// <summary>
/// Days and times of the reporting cycle in Kazakhstan time: returns are sent on working days,
/// files arrive in office hours.
/// </summary>
internal static class ReportingCalendar
{
    // Kazakhstan moved to a single zone, UTC+5, on 1 March 2024; Almaty and Astana were UTC+6 before.
    // A fixed rule rather than the system's time zone data keeps the samples the same on every machine.
    private static readonly DateOnly SingleZoneSince = new(2024, 3, 1);

    /// <summary>The UTC offset of Asia/Almaty on a date.</summary>
    public static TimeSpan Offset(DateOnly date) => TimeSpan.FromHours(date < SingleZoneSince ? 6 : 5);

    /// <summary>A day of the month after the quarter (the month in which returns are due).</summary>
    public static DateOnly DueMonthDay(Quarter quarter, int day)
    {
        var month = quarter.LastDay.AddDays(1);
        return new DateOnly(month.Year, month.Month, day);
    }

    /// <summary>A working day between two days of the due month, both included (any day when none is a working day).</summary>
    public static DateOnly WorkingDay(Quarter quarter, int firstDay, int lastDay, SampleRandom random)
    {
        var days = Enumerable.Range(firstDay, Math.Max(1, lastDay - firstDay + 1)).Select(day => DueMonthDay(quarter, day)).ToList();
        var working = days.Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToList();
        return random.Pick(working.Count > 0 ? working : days);
    }

    /// <summary>A time in office hours (09:00–17:58, on an even minute: zip entries keep two-second steps) on a date, in Kazakhstan time.</summary>
    public static DateTimeOffset OfficeHours(DateOnly date, SampleRandom random) =>
        new(date.ToDateTime(new TimeOnly(random.Between(9, 17), random.Between(0, 29) * 2)), Offset(date));
}
