namespace VolunteerDW.Etl.Service;

/// <summary>A job and when it fires: what the service's status needs of a schedule (the host's <c>JobSchedule</c>).</summary>
public interface IJobSchedule
{
    string Job { get; }

    /// <summary>The cron expression, or null when the job is off.</summary>
    string? Cron { get; }

    /// <summary>The first fire strictly after an instant, or null when the job is off.</summary>
    DateTimeOffset? NextAfter(DateTimeOffset instant);
}

/// <summary>
/// Where the scheduled service takes files from and puts the rejected ones, how long a file must
/// rest, when its jobs fire and how its nodes tell the living from the dead: what its status is read
/// from, by <c>vdw status</c> and the portal alike.
/// </summary>
public sealed record ServiceLayout(string Inbox, string Quarantine, TimeSpan Settle, IReadOnlyList<IJobSchedule> Schedules, ClusterSettings Cluster);
