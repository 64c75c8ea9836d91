using System.Globalization;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Etl.Intake;

/// <summary>
/// When a file counts as received by the ministry, which decides a region's timeliness: now (the
/// default), a fixed time for a backfill, or each file's modification time (files kept as they
/// arrived, and the scheduled service's inbox; for a zip package, the package's time).
/// </summary>
public abstract record ReceivedTime
{
    public static ReceivedTime Now { get; } = new NowPolicy();

    public static ReceivedTime FileModified { get; } = new FileModifiedPolicy();

    public static ReceivedTime At(DateTimeOffset instant) => new FixedPolicy(instant);

    /// <summary>
    /// Parses <c>mtime</c>, or a timestamp such as <c>2026-07-09T10:00</c> (Kazakhstan time unless
    /// it carries an offset), or a date.
    /// </summary>
    public static ReceivedTime Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Trim().Equals("mtime", StringComparison.OrdinalIgnoreCase))
        {
            return FileModified;
        }

        var styles = DateTimeStyles.AllowWhiteSpaces;
        if (text.Contains('+', StringComparison.Ordinal) || text.EndsWith('Z') || text.LastIndexOf('-') > 9)
        {
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var instant))
            {
                return At(instant);
            }
        }
        else if (DateTime.TryParse(text, CultureInfo.InvariantCulture, styles, out var local))
        {
            return At(KazakhstanTime.At(local));
        }

        throw new FormatException($"'{text}' is not a time: write it like 2026-07-09T10:00 (Kazakhstan time), or 'mtime'.");
    }

    /// <summary>The received instant of a file, given its modification time and the time now.</summary>
    public abstract DateTimeOffset Resolve(DateTimeOffset fileModified, DateTimeOffset now);

    private sealed record NowPolicy : ReceivedTime
    {
        public override DateTimeOffset Resolve(DateTimeOffset fileModified, DateTimeOffset now) => now;
    }

    // A clock set wrong on the machine that wrote the file cannot make it received in the future.
    private sealed record FileModifiedPolicy : ReceivedTime
    {
        public override DateTimeOffset Resolve(DateTimeOffset fileModified, DateTimeOffset now) => fileModified < now ? fileModified : now;
    }

    private sealed record FixedPolicy(DateTimeOffset Instant) : ReceivedTime
    {
        public override DateTimeOffset Resolve(DateTimeOffset fileModified, DateTimeOffset now) => Instant;
    }
}
