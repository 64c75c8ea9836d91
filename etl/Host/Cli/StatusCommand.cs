using System.CommandLine;
using System.Globalization;
using VolunteerDW.Etl.Service;
using VolunteerDW.Host.Service;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Host.Cli;

/// <summary><c>vdw status</c>: the scheduled service at a glance.</summary>
internal static class StatusCommand
{
    private static readonly Option<int> Runs = new("--runs")
    {
        Description = "How many of the latest runs to list (idle inbox scans are left out).",
        DefaultValueFactory = _ => 15,
    };

    public static Command Create()
    {
        var command = new Command("status",
            "Show the scheduled service: its nodes, when each last checked in and what it is running, each job's schedule, next fire and last run, the files waiting in the inbox "
            + "and in quarantine, and the latest job runs. Times are Kazakhstan time.");
        command.Options.Add(ServiceOptions.Config);
        command.Options.Add(Runs);
        VerbAction.Set(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(VerbContext context, CancellationToken cancellationToken)
    {
        var (_, settings, warehouse) = ServiceOptions.Resolve(context.ParseResult);
        var output = context.Output;
        await output.WriteLineAsync($"Warehouse: {warehouse.Settings.Describe()}");
        await VerbContext.MigratedAsync(warehouse, cancellationToken);
        var status = await ServiceStatus.ReadAsync(settings.Layout, warehouse, TimeProvider.System, Math.Max(0, context.ParseResult.GetValue(Runs)), cancellationToken);

        var started = status.LastStart is { } start ? $"; last started {Local(start.StartedAtUtc)} on {start.Instance}" : "; never started on this warehouse";
        await output.WriteLineAsync($"Service: {(status.Running ? "running" : "not running")}{started}");
        foreach (var node in status.Nodes)
        {
            var running = node.Running.Count > 0 ? $"; running {string.Join(", ", node.Running)}" : string.Empty;
            await output.WriteLineAsync($"  node {node.Instance}: {(node.Alive ? "alive" : "not checking in")}, last checked in {Local(node.LastCheckin.UtcDateTime, seconds: true)}{running}");
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync($"{"job",-17} {"schedule (cron)",-20} {"next fire",-16}  last run");
        foreach (var job in status.Jobs)
        {
            var next = job.NextFire is { } fire ? Local(fire.UtcDateTime) : "—";
            var last = job.LastRun is { } run ? $"{Local(run.StartedAtUtc)} {Describe(run)}" : "never";
            await output.WriteLineAsync($"{job.Schedule.Job,-17} {job.Schedule.Cron ?? JobSchedule.Off,-20} {next,-16}  {last}");
        }

        await output.WriteLineAsync();
        var settling = status.Inbox.Settling.Count > 0 ? $", {status.Inbox.Settling.Count} still being written" : string.Empty;
        await output.WriteLineAsync($"Inbox:      {status.Inbox.Waiting} file(s) waiting{settling} — {Path.GetFullPath(settings.Inbox)}");
        await output.WriteLineAsync($"Quarantine: {status.Quarantined} file(s) — {Path.GetFullPath(settings.Quarantine)}");
        if (status.Recent.Count > 0)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync("Latest runs:");
            foreach (var run in status.Recent)
            {
                await output.WriteLineAsync($"  {Local(run.StartedAtUtc)}  {run.Job,-17} {Describe(run)}");
            }
        }

        return 0;
    }

    private static string Describe(JobRun run)
    {
        if (run.Job == JobNames.ServiceStart)
        {
            return run.Summary ?? "started";
        }

        var outcome = run.Outcome ?? "unfinished (running, or stopped half-way)";
        var took = run.FinishedAtUtc is { } end ? string.Create(CultureInfo.InvariantCulture, $" in {(end - run.StartedAtUtc).TotalSeconds:0} s") : string.Empty;
        var catchUp = run.CatchUp ? $" (missed fire of {Local(run.ScheduledForUtc)})" : string.Empty;
        return $"{outcome}{took}{catchUp}: {run.Summary}";
    }

    private static string Local(DateTime utc, bool seconds = false) =>
        TimeZoneInfo.ConvertTime(StoredTime.Read(utc), KazakhstanTime.Zone)
            .ToString(seconds ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
