using System.Globalization;
using Microsoft.Extensions.Configuration;
using Quartz;
using VolunteerDW.Etl.Service;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Host.Service;

/// <summary>
/// When a job fires: a Quartz cron expression (seconds first) in Kazakhstan time, or <c>off</c>.
/// The semi-annual jobs may instead say how many days before the 25th of January and July they
/// run, and at what time.
/// </summary>
public sealed class JobSchedule : IJobSchedule
{
    public const string Section = "Jobs";

    /// <summary>The cron value that turns a job off.</summary>
    public const string Off = "off";

    /// <summary>The semi-annual summary goes to the Government by the 25th of January and July.</summary>
    public const int SemiAnnualDeadlineDay = 25;

    private readonly CronExpression? expression;

    private JobSchedule(string job, CronExpression? expression)
    {
        Job = job;
        this.expression = expression;
    }

    public string Job { get; }

    /// <summary>The cron expression, or null when the job is off.</summary>
    public string? Cron => expression?.CronExpressionString;

    public bool Enabled => expression is not null;

    /// <summary>The shipped schedule of a job.</summary>
    public static JobSchedule Default(string job) => new(job, Parse(job, DefaultCron(job), "default"));

    /// <summary>A job's schedule from its configuration section; what is not given keeps the default.</summary>
    public static JobSchedule From(IConfigurationSection section, string job)
    {
        ArgumentNullException.ThrowIfNull(section);
        var cron = section["Cron"];
        if (string.IsNullOrWhiteSpace(cron) && IsSemiAnnual(job) && (section["DaysBefore"] is not null || section["At"] is not null))
        {
            cron = SemiAnnualCron(section, job);
        }

        if (string.IsNullOrWhiteSpace(cron))
        {
            return Default(job);
        }

        return cron.Trim().Equals(Off, StringComparison.OrdinalIgnoreCase)
            ? new JobSchedule(job, null)
            : new JobSchedule(job, Parse(job, cron.Trim(), $"{section.Path}:Cron"));
    }

    /// <summary>The first fire strictly after an instant, or null when the job is off.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset instant) => expression?.GetNextValidTimeAfter(instant);

    /// <summary>The fires after <paramref name="after"/> up to and including <paramref name="until"/>: how many, and the last.</summary>
    public (int Count, DateTimeOffset? Last) FiresBetween(DateTimeOffset after, DateTimeOffset until)
    {
        var count = 0;
        DateTimeOffset? last = null;
        for (var next = NextAfter(after); next is { } fire && fire <= until; next = NextAfter(fire))
        {
            count++;
            last = fire;
        }

        return (count, last);
    }

    private static string DefaultCron(string job) => job switch
    {
        JobNames.Inbox => "0 0/5 * * * ?",
        JobNames.Tier1Deadline => "0 0 9 6 1,4,7,10 ?",
        JobNames.Tier2Deadline => "0 0 9 11 1,4,7,10 ?",
        JobNames.SemiAnnualDraft => SemiAnnualCron(SemiAnnualDeadlineDay - 10, new TimeOnly(9, 0)),
        JobNames.SemiAnnualFinal => SemiAnnualCron(SemiAnnualDeadlineDay - 5, new TimeOnly(9, 0)),
        JobNames.Mail => "0 * * * * ?",
        JobNames.Reminders => "0 0 9 * * ?",
        _ => throw new ArgumentException($"There is no job '{job}'.", nameof(job)),
    };

    private static bool IsSemiAnnual(string job) => job is JobNames.SemiAnnualDraft or JobNames.SemiAnnualFinal;

    private static string SemiAnnualCron(IConfigurationSection section, string job)
    {
        var defaultDay = int.Parse(DefaultCron(job).Split(' ')[3], CultureInfo.InvariantCulture);
        var daysText = section["DaysBefore"];
        var days = SemiAnnualDeadlineDay - defaultDay;
        if (!string.IsNullOrWhiteSpace(daysText)
            && (!int.TryParse(daysText, NumberStyles.None, CultureInfo.InvariantCulture, out days) || days < 1 || days >= SemiAnnualDeadlineDay))
        {
            throw ServiceSettings.Wrong(section, "DaysBefore", daysText, $"a whole number of days from 1 to {SemiAnnualDeadlineDay - 1}");
        }

        var atText = section["At"];
        var at = new TimeOnly(9, 0);
        if (!string.IsNullOrWhiteSpace(atText) && !TimeOnly.TryParseExact(atText.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out at))
        {
            throw ServiceSettings.Wrong(section, "At", atText, "a time of day such as 09:00 (Kazakhstan time)");
        }

        return SemiAnnualCron(SemiAnnualDeadlineDay - days, at);
    }

    private static string SemiAnnualCron(int day, TimeOnly at) => string.Create(CultureInfo.InvariantCulture, $"0 {at.Minute} {at.Hour} {day} 1,7 ?");

    private static CronExpression Parse(string job, string cron, string key)
    {
        try
        {
            return new CronExpression(cron, KazakhstanTime.Zone);
        }
        catch (FormatException exception)
        {
            throw new Warehouse.Connections.WarehouseConfigurationException(
                $"{key} of job '{job}' is '{cron}', which is not a Quartz cron expression ({exception.Message.TrimEnd('.')}). "
                + "Write seconds, minutes, hours, day of month, month, day of week: e.g. '0 0/5 * * * ?' (every 5 minutes) "
                + "or '0 0 9 6 1,4,7,10 ?' (09:00 on the 6th of January, April, July and October), or 'off'.");
        }
    }
}
