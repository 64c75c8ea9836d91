using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;
using VolunteerDW.Etl.Service;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Host.Service.Health;

/// <summary>
/// Ready only while this node's scheduler runs and the other nodes can see it: started, not paused
/// or shut down, and checked in to the shared store within the cluster's rule of a live node.
/// </summary>
public sealed class SchedulerHealthCheck(ISchedulerFactory schedulers, WarehouseConnectionFactory warehouse, ClusterSettings cluster, TimeProvider time)
    : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var status = await scheduler.GetStatus(cancellationToken);
        if (status != SchedulerStatus.Running)
        {
            return HealthCheckResult.Unhealthy($"the scheduler is not running ({status})");
        }

        try
        {
            var nodes = await ServiceNodes.ReadAsync(warehouse, cluster, time, [], cancellationToken);
            return nodes.Any(node => node.Instance == JobHistory.Instance && node.Alive)
                ? HealthCheckResult.Healthy($"node {JobHistory.Instance} checks in; {nodes.Count(node => node.Alive)} node(s) alive")
                : HealthCheckResult.Unhealthy($"node {JobHistory.Instance} has not checked in to the shared schedule lately");
        }
        catch (Exception exception) when (exception is WarehouseUnavailableException or System.Data.Common.DbException)
        {
            return HealthCheckResult.Unhealthy("the shared schedule cannot be read", exception);
        }
    }
}
