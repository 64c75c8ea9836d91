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
            return HealthCheckResult.Unhealthy($"the warehouse does not answer: {exception.Message}");
        }
    }
}

/// <summary>The query that proves a warehouse answers.</summary>
public static class HealthSql
{
    public const string Probe = "SELECT 1";
}
