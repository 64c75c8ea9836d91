using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Host.Service.Health;

/// <summary>Ready only while the warehouse answers a query: without it no page and no job can work.</summary>
public sealed class WarehouseHealthCheck(WarehouseConnectionFactory warehouse) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await warehouse.OpenAsync(cancellationToken: cancellationToken);
            await connection.ExecuteScalarAsync<int>(new CommandDefinition(HealthSql.Probe, cancellationToken: cancellationToken));
            return HealthCheckResult.Healthy($"{warehouse.Settings.Engine} answers");
        }
        catch (Exception exception) when (exception is WarehouseUnavailableException or System.Data.Common.DbException)
        {
            // The cause goes to the log with the exception, not to whoever asks: the answer is anonymous.
            return HealthCheckResult.Unhealthy("the warehouse does not answer", exception);
        }
    }
}

/// <summary>The query that proves a warehouse answers.</summary>
public static class HealthSql
{
    public const string Probe = "SELECT 1";
}
