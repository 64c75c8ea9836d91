using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using VolunteerDW.Etl.Notices;
using VolunteerDW.Etl.Service;
using VolunteerDW.Host.Service.Cluster;
using VolunteerDW.Host.Service.Health;
using VolunteerDW.Host.Service.Inbox;
using VolunteerDW.Portal.Hosting;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Host.Service;

/// <summary>
/// A node of the service: one host running the web portal and a Quartz scheduler with the service's
/// jobs, one at a time on this node, on their schedules in Kazakhstan time, on the same settings and
/// warehouse. Every node of a warehouse shares the schedule (<see cref="SchedulerStore"/>). Stopping
/// it (SIGTERM, Ctrl+C) stops the running job at its next safe point — an inbox load between
/// submissions, never inside one; a deadline job between two regions' reports — and its fire runs
/// again on a node that stays, or when a node next starts (<see cref="StoppedFires"/>).
/// </summary>
public static class ServiceHost
{
    /// <summary>How long a stop waits for the running job before the process ends anyway.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromMinutes(2);

    /// <summary>A host ready to build (with <see cref="Build"/>); tests add their own clock and log capture before building it.</summary>
    public static WebApplicationBuilder CreateBuilder(IConfiguration configuration, ServiceSettings settings, WarehouseConnectionFactory warehouse, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(settings);
        // Empty: no configuration or logging of its own beyond what the service reads, and Kestrel on the portal's addresses.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = "vdw",
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.WebHost.UseKestrelCore().UseUrls([.. settings.Portal.Urls]);
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddConsole();
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = ShutdownTimeout);
        builder.Services
            .AddSingleton(time)
            .AddSingleton(settings)
            // The portal's service page reads the status from the same folders and schedules.
            .AddSingleton(settings.Layout)
            .AddSingleton(warehouse)
            .AddSingleton<JobHistory>()
            .AddSingleton<StoppedFires>()
            .AddSingleton<InboxProcessor>()
            .AddSingleton<ScheduledReports>()
            .AddSingleton(settings.Mail)
            .AddSingleton(settings.Reminders)
            .AddSingleton(settings.Cluster)
            .AddSingleton<MailDispatcher>()
            .AddSingleton<DeadlineReminders>();
        builder.AddPortal(warehouse, time, settings.Portal);
        builder.AddQuartz(quartz => Schedule(quartz, settings, warehouse, time));
        // The scheduler starts once the host has started, after the schedules are in the store.
        builder.AddQuartzHostedService(options =>
        {
            options.WaitForJobsToComplete = true;
            options.AwaitApplicationStarted = true;
        });
        builder.Services.AddHostedService<NodeLifecycle>();
        builder.Services.AddServiceHealth();
        return builder;
    }

    /// <summary>The host, with the portal's middleware and pages in place.</summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.UsePortal();
        app.MapServiceHealth();
        return app;
    }

    private static void Schedule(IQuartzBuilder quartz, ServiceSettings settings, WarehouseConnectionFactory warehouse, TimeProvider time)
    {
        quartz.UseTimeProvider(time);
        // One job at a time on a node: a report never reads a half-filed inbox it is filing itself.
        quartz.UseDefaultThreadPool(1);
        quartz.ConfigureScheduler(options =>
        {
            // One scheduler name for every node; each node by its host and process, as the job history names it.
            // Quartz 4 keeps its schedulers in a repository of each host's own service container, not of
            // the process, so hosts side by side do not collide.
            options.InstanceName = ClusterSettings.SchedulerName;
            options.InstanceId = JobHistory.Instance;
            options.DefaultTimeZone = KazakhstanTime.Zone;
            // A shutdown asks the running job to stop at its next safe point rather than waiting it out.
            options.ShutdownJobInterruption = ShutdownJobInterruption.Always;
        });
        SchedulerStore.Use(quartz, warehouse, settings.Cluster);
        quartz.AddJobMiddleware<JobRunRecorder>();
    }
}
