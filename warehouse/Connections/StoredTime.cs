namespace VolunteerDW.Warehouse.Connections;

/// <summary>
/// The one rule for an instant written to the warehouse: in UTC, to the whole second, the
/// fraction cut off. SQL Server's DATETIME2(0) would round a fraction (12:00:00.6 becoming
/// 12:00:01, a moment that had not yet come) and SQLite would keep it; cut here, the time written
/// is the time read back on both engines.
/// </summary>
public static class StoredTime
{
    /// <summary>The instant as the warehouse keeps it.</summary>
    public static DateTime Of(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }

    /// <summary>An instant read back from the warehouse, which keeps it in UTC without saying so.</summary>
    public static DateTimeOffset Read(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));

    /// <summary>Now, as the warehouse keeps it.</summary>
    public static DateTime Now(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Of(time.GetUtcNow());
    }
}
