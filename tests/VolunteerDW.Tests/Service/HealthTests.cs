using System.Net;
using Dapper;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using VolunteerDW.Etl.Service;
using VolunteerDW.Host.Service.Health;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Service;

/// <summary>
/// What a load balancer asks a node, without signing in: ready while the warehouse answers and the
/// node's scheduler runs and checks in; live while the process answers. Each refusal says why.
/// </summary>
public sealed class HealthTests
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_started_node_is_ready_and_live_and_says_which_check_fails_when_it_is_not(WarehouseEngine engine)
    {
        var clock = new FakeTimeProvider(KazakhstanTime.At(new DateTime(2026, 7, 1, 10, 0, 0)));
        await using var service = await ServiceHarness.CreateAsync(engine, clock);
        using var host = service.BuildHost();
        await host.StartAsync();
        // The scheduler says it has started after its first check-in in the shared store.
        await service.Log.WaitForAsync(entries => entries.Any(e => e.Event == "SchedulerStarted"), "the scheduler started");
        using var client = new HttpClient { BaseAddress = new Uri(Address(host)) };

        var ready = await GetAsync(client, "/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.StartsWith("Healthy\n", ready.Text, StringComparison.Ordinal);
        Assert.Contains($"warehouse: Healthy — {engine} answers", ready.Text, StringComparison.Ordinal);
        Assert.Contains($"scheduler: Healthy — node {JobHistory.Instance} checks in; 1 node(s) alive", ready.Text, StringComparison.Ordinal);
        Assert.Equal(ready, await GetAsync(client, "/health"));
        Assert.Equal((HttpStatusCode.OK, "Healthy\n"), await GetAsync(client, "/health/live"));

        // Its check-in gone from the store (as when another node has written it off): not ready.
        await using (var connection = await service.Warehouse.Connections.OpenAsync())
        {
            await connection.ExecuteAsync("DELETE FROM QRTZ_SCHEDULER_STATE WHERE INSTANCE_NAME = @node", new { node = JobHistory.Instance });
        }

        var silent = await GetAsync(client, "/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, silent.Status);
        Assert.Contains($"scheduler: Unhealthy — node {JobHistory.Instance} has not checked in to the shared schedule lately", silent.Text, StringComparison.Ordinal);
        Assert.Contains("warehouse: Healthy", silent.Text, StringComparison.Ordinal);

        // Its scheduler paused: not ready, though the process answers.
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Standby();
        var paused = await GetAsync(client, "/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, paused.Status);
        Assert.Contains("scheduler: Unhealthy — the scheduler is not running (Standby)", paused.Text, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, "Healthy\n"), await GetAsync(client, "/health/live"));

        await host.StopAsync();
    }


    [Fact]
    public async Task A_node_that_begins_to_stop_takes_no_new_fire_before_its_scheduler_shuts_down()
    {
        var clock = new FakeTimeProvider(KazakhstanTime.At(new DateTime(2026, 7, 1, 10, 0, 0)));
        await using var service = await ServiceHarness.CreateAsync(WarehouseEngine.Sqlite, clock);
        using var host = service.BuildHost();
        await host.StartAsync();
        await service.Log.WaitForAsync(entries => entries.Any(e => e.Event == "SchedulerStarted"), "the scheduler started");

        await host.StopAsync();

        // Paused (standby: not ready, no new fire) as the stop begins, then shut down waiting for its job.
        var steps = service.Log.Entries.Where(e => e.Event is "SchedulerPaused" or "SchedulerShuttingDown").Select(e => e.Event).ToList();
        Assert.Equal(["SchedulerPaused", "SchedulerShuttingDown"], steps.Take(2));
    }
    [Fact]
    public async Task A_warehouse_that_does_not_answer_is_not_ready_and_its_cause_goes_to_the_log_not_to_the_answer()
    {
        // A warehouse file that is not there: asked through the health checks as a node asks them.
        var folder = Directory.CreateTempSubdirectory("vdw-health-");
        var database = Path.Combine(folder.FullName, "gone.db");
        var log = new LogCapture();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(log).SetMinimumLevel(LogLevel.Debug))
            .AddSingleton(new WarehouseConnectionFactory(new WarehouseSettings(WarehouseEngine.Sqlite, $"Data Source={database}")));
        services.AddHealthChecks().AddCheck<WarehouseHealthCheck>("warehouse");
        await using var provider = services.BuildServiceProvider();

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        folder.Delete(recursive: true);

        var entry = report.Entries["warehouse"];
        Assert.Equal((HealthStatus.Unhealthy, "the warehouse does not answer"), (entry.Status, entry.Description));
        // The cause is the operator's, in the log with the exception; the anonymous answer names no path.
        Assert.Contains("the database file does not exist", Assert.IsType<WarehouseUnavailableException>(entry.Exception).Message, StringComparison.Ordinal);
        Assert.Contains(log.Entries, e => e.Level >= LogLevel.Warning && e.Message.Contains("warehouse", StringComparison.OrdinalIgnoreCase)
            && e.Message.Contains("Unhealthy", StringComparison.Ordinal));
    }

    private static string Address(IHost host) =>
        host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

    private static async Task<(HttpStatusCode Status, string Text)> GetAsync(HttpClient client, string path)
    {
        using var answer = await client.GetAsync(path);
        return (answer.StatusCode, await answer.Content.ReadAsStringAsync());
    }
}
