using System.Collections.Concurrent;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VolunteerDW.Etl.Service;
using VolunteerDW.Tests.Support;

namespace VolunteerDW.Tests.Service;

/// <summary>
/// The scheduled service on a warehouse and folders of its own, with the clock a test gives it and
/// its log captured. Reports are written as Markdown only, to keep runs quick.
/// </summary>
public sealed class ServiceHarness : IAsyncDisposable
{
    private ServiceHarness(TestWarehouse warehouse, IConfigurationRoot configuration, TimeProvider time)
    {
        Warehouse = warehouse;
        Configuration = configuration;
        Settings = ServiceSettings.From(configuration);
        Time = time;
    }

    public TestWarehouse Warehouse { get; }

    public IConfigurationRoot Configuration { get; }

    public ServiceSettings Settings { get; }

    public TimeProvider Time { get; }

    public LogCapture Log { get; } = new();

    /// <summary>A migrated warehouse and settings pointing into its folder; <paramref name="settings"/> override the defaults (e.g. "Jobs:inbox:Cron").</summary>
    public static async Task<ServiceHarness> CreateAsync(TimeProvider time, params (string Key, string Value)[] settings)
    {
        var warehouse = await TestWarehouse.MigratedAsync();
        var values = new Dictionary<string, string?>
        {
            ["Service:Inbox"] = Path.Combine(warehouse.Folder, "inbox"),
            ["Service:Archive"] = Path.Combine(warehouse.Folder, "archive"),
            ["Service:Quarantine"] = Path.Combine(warehouse.Folder, "quarantine"),
            ["Service:Reports"] = Path.Combine(warehouse.Folder, "reports"),
            ["Service:Formats"] = "md",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceHarness(warehouse, configuration, time);
    }

    public string Inbox => Settings.Inbox;

    public string Archive => Settings.Archive;

    public string Quarantine => Settings.Quarantine;

    public string Reports => Settings.Reports;

    /// <summary>A host of the service, not started, logging into <see cref="Log"/>.</summary>
    public IHost BuildHost()
    {
        var builder = ServiceHost.CreateBuilder(Configuration, Settings, Warehouse.Connections, Time);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(Log);
        return builder.Build();
    }

    /// <summary>Every row of the job history, oldest first.</summary>
    public async Task<List<JobRun>> RunsAsync()
    {
        await using var connection = await Warehouse.Connections.OpenAsync();
        return [.. await connection.QueryAsync<JobRun>(
            """
            SELECT job_run_key AS JobRunKey, job_name AS Job, scheduled_for_utc AS ScheduledForUtc, started_at_utc AS StartedAtUtc,
                   finished_at_utc AS FinishedAtUtc, outcome AS Outcome, catch_up AS CatchUp, instance AS Instance, summary AS Summary
            FROM etl_job_run ORDER BY job_run_key
            """)];
    }

    /// <summary>Waits, in real time, until the job history satisfies a condition.</summary>
    public async Task<List<JobRun>> WaitForRunsAsync(Func<List<JobRun>, bool> done, TimeSpan? timeout = null)
    {
        var giveUp = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var runs = await RunsAsync();
            if (done(runs))
            {
                return runs;
            }

            if (DateTime.UtcNow > giveUp)
            {
                throw new TimeoutException($"The job history never got there; it holds: {string.Join(" | ", runs.Select(r => $"{r.Job} {r.ScheduledForUtc:O} {r.Outcome} {r.Summary}"))}\nLog:\n{Log}");
            }

            await Task.Delay(50);
        }
    }

    public ValueTask DisposeAsync() => Warehouse.DisposeAsync();
}

/// <summary>Collects what the service logs.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, string Message)> entries = new();

    public IReadOnlyList<(string Category, LogLevel Level, string Message)> Entries => [.. entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    public override string ToString() => string.Join("\n", entries.Select(e => $"{e.Level} {e.Category}: {e.Message}"));

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(string, LogLevel, string)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((category, logLevel, formatter(state, exception)));
    }
}
