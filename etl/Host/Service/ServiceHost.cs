using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using VolunteerDW.Etl.Notices;
using VolunteerDW.Etl.Service;
using VolunteerDW.Host.Service.Inbox;
using VolunteerDW.Portal.Hosting;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Host.Service;

/// <summary>
/// The service: one host running the web portal and a Quartz scheduler with the service's jobs,
/// one at a time, on their schedules in Kazakhstan time, on the same settings and warehouse.
/// Stopping it (SIGTERM, Ctrl+C) waits for the running job; an inbox load stops between
/// submissions, never inside one.
/// </summary>
public static class ServiceHost
{
    /// <summary>How long a stop waits for the running job before the process ends anyway.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The scheduler's name, as its log lines show it.</summary>
    public const string SchedulerName = "vdw";

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
            .AddSingleton<InboxProcessor>()
            .AddSingleton<ScheduledReports>()
            .AddSingleton(settings.Mail)
            .AddSingleton(settings.Reminders)
            .AddSingleton<MailDispatcher>()
            .AddSingleton<DeadlineReminders>();
        builder.AddPortal(warehouse, time, settings.Portal);
        builder.AddQuartz(quartz => Schedule(quartz, settings, time));
        builder.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        // After the scheduler's own hosted service, so that the scheduler exists when missed fires are queued.
        builder.Services.AddHostedService<ServiceStartup>();
        return builder;
    }

    /// <summary>The host, with the portal's middleware and pages in place.</summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.UsePortal();
        return app;
    }

    private static void Schedule(IQuartzBuilder quartz, ServiceSettings settings, TimeProvider time)
    {
        quartz.UseTimeProvider(time);
        // One job at a time: a report never reads a half-filed inbox, and loads never queue behind each other.
        quartz.UseDefaultThreadPool(1);
        quartz.ConfigureScheduler(options =>
        {
            // One name for every host: Quartz 4 keeps its schedulers in a repository of each host's
            // own service container, not of the process, so hosts side by side do not collide.
            options.InstanceName = SchedulerName;
            options.DefaultTimeZone = KazakhstanTime.Zone;
        });
        quartz.AddJobMiddleware<JobRunRecorder>();
        foreach (var schedule in settings.Schedules.Where(s => s.Enabled))
        {
            quartz.AddJob<ServiceJob>(job => job.WithIdentity(schedule.Job).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .WithIdentity(schedule.Job)
                .ForJob(schedule.Job)
                .WithCronSchedule(schedule.Cron!, cron => cron.InTimeZone(KazakhstanTime.Zone)));
        }
    }
}
