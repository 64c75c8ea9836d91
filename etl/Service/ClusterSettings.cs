namespace VolunteerDW.Etl.Service;

/// <summary>
/// How the service's nodes — every <c>vdw serve</c> on one warehouse — keep track of each other
/// through Quartz's clustered job store in the warehouse (the <c>Cluster</c> section): each node
/// checks in every <see cref="CheckinInterval"/>, and one that has not checked in for that long plus
/// <see cref="FailedAfter"/> is taken for dead, its cut-off job run again by another node.
/// </summary>
public sealed record ClusterSettings
{
    public const string Section = "Cluster";

    /// <summary>The scheduler every node belongs to: the rows of the job store are kept under this name.</summary>
    public const string SchedulerName = "vdw";

    /// <summary>Quartz's own table prefix, as migration 0017 creates the tables.</summary>
    public const string TablePrefix = Warehouse.Migrations.SchedulerTables.Prefix;

    public TimeSpan CheckinInterval { get; init; } = TimeSpan.FromSeconds(7.5);

    public TimeSpan FailedAfter { get; init; } = TimeSpan.FromSeconds(7.5);

    /// <summary>The longest a node can be dead before another notices: a check-in missed, and the grace after it.</summary>
    public TimeSpan Failover => CheckinInterval + FailedAfter;
}
