namespace VolunteerDW.Etl.Service;

/// <summary>
/// What the service reads of its nodes from Quartz's check-in table, written once for both engines.
/// Quartz keeps each node's last check-in in ticks (100 ns) and its check-in interval in
/// milliseconds; a node is alive while its last check-in is younger than its interval plus the
/// grace the cluster gives it (<see cref="ClusterSettings.FailedAfter"/>), which is Quartz's own
/// rule for taking a node for dead.
/// </summary>
public static class ClusterSql
{
    /// <summary>Every node that has checked in, whether it is alive by the rule, and its last check-in.</summary>
    public const string Nodes =
        $"""
        SELECT node.INSTANCE_NAME AS Instance, node.LAST_CHECKIN_TIME AS LastCheckinTicks,
               CASE WHEN {Alive} THEN 1 ELSE 0 END AS Alive
        FROM QRTZ_SCHEDULER_STATE node
        WHERE node.SCHED_NAME = @scheduler
        ORDER BY node.INSTANCE_NAME
        """;

    /// <summary>
    /// Runs left open by a node that is no longer alive — killed, or stopped without finishing them —
    /// closed as interrupted by whichever node notices first; a live node's runs are its own to close.
    /// </summary>
    public const string CloseRunsOfStoppedNodes =
        $"""
        UPDATE etl_job_run SET finished_at_utc = @finished_at, outcome = @outcome, summary = @summary
        WHERE finished_at_utc IS NULL
          AND NOT EXISTS (SELECT 1 FROM QRTZ_SCHEDULER_STATE node WHERE node.SCHED_NAME = @scheduler AND node.INSTANCE_NAME = etl_job_run.instance AND {Alive})
        """;

    private const string Alive = "node.LAST_CHECKIN_TIME + node.CHECKIN_INTERVAL * 10000 + @grace_ticks >= @now_ticks";
}
