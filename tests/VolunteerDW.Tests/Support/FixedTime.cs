using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Support;

/// <summary>A clock that says what the test wants, and measures no time passing unless the test moves it.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    /// <summary>A time of day in Kazakhstan.</summary>
    public static FixedTime At(int year, int month, int day, int hour = 10) => new(KazakhstanTime.At(new DateTime(year, month, day, hour, 0, 0)));

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Now.UtcTicks;
}
