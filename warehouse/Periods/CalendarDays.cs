namespace VolunteerDW.Warehouse.Periods;

/// <summary>
/// The days the warehouse's calendar holds (<c>dim_date</c>, migration 0001): every date a return or
/// a reference figure gives must fall in it, and a date outside it is a typo.
/// </summary>
public static class CalendarDays
{
    public static readonly DateOnly First = new(2000, 1, 1);

    public static readonly DateOnly Last = new(2041, 12, 31);

    /// <summary>Whether a date is in the calendar.</summary>
    public static bool Holds(DateOnly date) => date >= First && date <= Last;

    /// <summary>The calendar's span as the messages write it.</summary>
    public static string Span => $"{First:yyyy-MM-dd} … {Last:yyyy-MM-dd}";
}
