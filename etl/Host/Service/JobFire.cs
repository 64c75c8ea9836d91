using System.Globalization;
using Quartz;

namespace VolunteerDW.Host.Service;

/// <summary>
/// Which fire of its schedule a job run serves: the trigger's own, or for a catch-up run the fire
/// missed while the service was down, carried in the run's data.
/// </summary>
public readonly record struct JobFire(DateTimeOffset ScheduledFor, bool CatchUp)
{
    public const string MissedFireKey = "vdw.missedFire";

    public static JobFire Of(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.MergedJobDataMap.TryGetString(MissedFireKey, out var missed) && missed is not null
            ? new(DateTimeOffset.Parse(missed, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), true)
            : new(context.ScheduledFireTimeUtc ?? context.FireTimeUtc, false);
    }

    /// <summary>The job data of a catch-up run.</summary>
    public static JobDataMap Missed(DateTimeOffset fire) => new() { [MissedFireKey] = fire.ToString("O", CultureInfo.InvariantCulture) };
}
