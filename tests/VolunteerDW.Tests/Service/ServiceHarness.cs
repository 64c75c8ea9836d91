using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VolunteerDW.Etl.Service;
using VolunteerDW.Host.Service;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;

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
    public static async Task<ServiceHarness> CreateAsync(WarehouseEngine engine, TimeProvider time, params (string Key, string Value)[] settings)
    {
        var warehouse = await TestWarehouse.MigratedAsync(engine);
        var values = new Dictionary<string, string?>
        {
            ["Service:Inbox"] = Path.Combine(warehouse.Folder, "inbox"),
            ["Service:Archive"] = Path.Combine(warehouse.Folder, "archive"),
            ["Service:Quarantine"] = Path.Combine(warehouse.Folder, "quarantine"),
            ["Service:Reports"] = Path.Combine(warehouse.Folder, "reports"),
            ["Service:Formats"] = "md",
            // Any free port: services side by side must not fight over one.
            ["Portal:Urls"] = "http://127.0.0.1:0",
            ["Portal:Uploads"] = Path.Combine(warehouse.Folder, "uploads"),
            ["Portal:Keys"] = Path.Combine(warehouse.Folder, "keys"),
            ["Mail:Outbox"] = Path.Combine(warehouse.Folder, "outbox"),
            // The mail and reminder jobs fire every minute and every day: off unless a test is about them.
            ["Jobs:mail:Cron"] = "off",
            ["Jobs:reminders:Cron"] = "off",
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

    /// <summary>A host of the service, not started, logging into <see cref="Log"/>; <paramref name="settings"/> over the harness's own.</summary>
    public IHost BuildHost(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddConfiguration(Configuration)
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        var builder = ServiceHost.CreateBuilder(configuration, ServiceSettings.From(configuration), Warehouse.Connections, Time);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(Log);
        return ServiceHost.Build(builder);
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

    /// <summary>
    /// Waits until the service has finished (and recorded) the given number of job runs in all,
    /// counted from the log lines it writes as each run's record is completed; returns the history.
    /// </summary>
    public async Task<List<JobRun>> WaitForFinishedRunsAsync(int count)
    {
        await Log.WaitForAsync(entries => entries.Count(e => e.Event is "LogFinished" or "LogIdle") >= count, $"{count} finished job run(s)");
        return await RunsAsync();
    }

    /// <summary>The first <paramref name="count"/> districts and cities that report for 2026 Q2, by KATO code.</summary>
    public async Task<IEnumerable<string>> DistrictsAsync(int count)
    {
        await using var connection = await Warehouse.Connections.OpenAsync();
        var dimensions = await DimensionSnapshot.LoadAsync(connection);
        return dimensions.Units.Where(u => u.ReportingTier == 1 && u.ValidOn(20260630)).Select(u => u.KatoCode).Distinct().Order(StringComparer.Ordinal).Take(count);
    }

    /// <summary>
    /// Makes a file look written ten minutes ago, so that a <c>vdw serve</c> of its own process (on the
    /// machine's clock, with a settle time of a second) takes it at its first scan however slow the machine.
    /// </summary>
    public static string Rested(string path)
    {
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-10));
        return path;
    }

    public ValueTask DisposeAsync() => Warehouse.DisposeAsync();
}

/// <summary>Collects what the service logs, and lets a test wait for what it is to log.</summary>
public sealed class LogCapture : ILoggerProvider
{
    // Only a safety net against a hung run; no test expects to wait anywhere near this long.
    private static readonly TimeSpan GiveUp = TimeSpan.FromMinutes(10);

    private readonly Lock _gate = new();
    private readonly List<LogEntry> _entries = [];
    private readonly List<(Func<IReadOnlyList<LogEntry>, bool> Done, TaskCompletionSource Seen)> _waiters = [];

    public IReadOnlyList<LogEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    /// <summary>Waits until what has been logged satisfies a condition, checked as each entry comes.</summary>
    public async Task WaitForAsync(Func<IReadOnlyList<LogEntry>, bool> done, string what)
    {
        var waiter = (done, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_gate)
        {
            if (done(_entries))
            {
                return;
            }

            _waiters.Add(waiter);
        }

        try
        {
            await waiter.Item2.Task.WaitAsync(GiveUp);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The service never logged {what}. Log:\n{this}");
        }
    }

    public override string ToString() => string.Join("\n", Entries.Select(e => $"{e.Level} {e.Category}: {e.Message}"));

    public void Dispose()
    {
    }

    private void Add(LogEntry entry)
    {
        List<TaskCompletionSource> seen;
        lock (_gate)
        {
            _entries.Add(entry);
            var done = _waiters.FindAll(w => w.Done(_entries));
            _waiters.RemoveAll(done.Contains);
            seen = [.. done.Select(w => w.Seen)];
        }

        foreach (var waiter in seen)
        {
            waiter.TrySetResult();
        }
    }

    private sealed class Logger(string category, LogCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture.Add(new LogEntry(category, logLevel, eventId.Name, formatter(state, exception)));
    }
}

/// <summary>One thing the service logged; <see cref="Event"/> is the name of the logging method that wrote it.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string? Event, string Message);
