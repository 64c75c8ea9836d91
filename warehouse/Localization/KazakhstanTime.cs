namespace VolunteerDW.Warehouse.Localization;

/// <summary>
/// Deadlines and received dates are reckoned in Kazakhstan time (Asia/Almaty; UTC+5 since
/// 1 March 2024). Without the system's time-zone data the country's current offset is used.
/// </summary>
public static class KazakhstanTime
{
    public static TimeZoneInfo Zone { get; } = FindZone();

    /// <summary>The local date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>Today's local date.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOf(time.GetUtcNow());
    }

    /// <summary>A local wall-clock time as an instant.</summary>
    public static DateTimeOffset At(DateTime local) =>
        new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)));

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Almaty", TimeSpan.FromHours(5), "Kazakhstan", "Kazakhstan");
        }
    }
}
