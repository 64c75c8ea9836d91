using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VolunteerDW.Host.Service.Health;

/// <summary>
/// What a load balancer asks a node, without signing in: <c>/health/live</c> — the process answers,
/// restart it if not; <c>/health/ready</c> (and <c>/health</c>) — it can serve: the warehouse answers
/// and its scheduler runs and checks in. Not ready is 503 with a line per check saying why.
/// </summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";

    public static void AddServiceHealth(this IServiceCollection services) => services.AddHealthChecks()
        .AddCheck<WarehouseHealthCheck>("warehouse", tags: [Ready])
        .AddCheck<SchedulerHealthCheck>("scheduler", tags: [Ready]);

    public static void MapServiceHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = WriteAsync };
        app.MapHealthChecks("/health", ready).AllowAnonymous();
        app.MapHealthChecks("/health/ready", ready).AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).AllowAnonymous();
    }

    // Plain text a person reads as easily as a probe: the verdict, then each check and why.
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var text = new StringBuilder(report.Status.ToString()).Append('\n');
        foreach (var (name, entry) in report.Entries)
        {
            text.Append(name).Append(": ").Append(entry.Status).Append(" — ").Append(entry.Description).Append('\n');
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(text.ToString(), context.RequestAborted);
    }
}
