using System.Text.Json;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Diagnostics;

namespace VolunteerDW.Tests.Service;

/// <summary>
/// <c>vdw</c> run as its own process on a service harness's warehouse and folders — <c>vdw serve</c>
/// above all, which a test can stop with SIGTERM or kill outright — and its JSON log lines.
/// </summary>
internal static class ServiceProcess
{
    /// <summary>
    /// Runs <c>vdw</c> with arguments on a service harness's warehouse, its folders given through
    /// <c>VDW_Service__*</c> variables and any further settings as <c>VDW_</c> variables (e.g.
    /// "Jobs__inbox__Cron"); with <paramref name="fault"/>, it stops at that fault point.
    /// </summary>
    public static VdwProcess Start(ServiceHarness service, IEnumerable<string> arguments, string? fault = null, params (string Key, string Value)[] settings)
    {
        ArgumentNullException.ThrowIfNull(service);
        var environment = new List<(string, string)>
        {
            ("VDW_Service__Inbox", service.Inbox),
            ("VDW_Service__Archive", service.Archive),
            ("VDW_Service__Quarantine", service.Quarantine),
            ("VDW_Service__Reports", service.Reports),
            ("VDW_Service__Formats", "md"),
            ("VDW_Portal__Urls", "http://127.0.0.1:0"),
            ("VDW_Portal__Uploads", service.Settings.Portal.Uploads),
            ("VDW_Portal__Keys", service.Settings.Portal.Keys),
        };
        environment.AddRange(settings.Select(s => ($"VDW_{s.Key}", s.Value)));
        if (fault is not null)
        {
            environment.Add((FaultPoints.Variable, fault));
        }

        return VdwProcess.Start([.. arguments, .. service.Warehouse.CliOptions], service.Warehouse.Folder, environment);
    }

    /// <summary>
    /// <c>vdw serve</c> with an inbox scanned every second, files taken as soon as they are at rest for
    /// a second and the deadline jobs off; <paramref name="settings"/> add to these.
    /// </summary>
    public static VdwProcess Serve(ServiceHarness service, string? fault = null, params (string Key, string Value)[] settings) => Start(service, ["serve"], fault,
        [("Jobs__inbox__Cron", "* * * * * ?"), ("Service__SettleSeconds", "1"),
         ("Jobs__tier1-deadline__Cron", "off"), ("Jobs__tier2-deadline__Cron", "off"),
         ("Jobs__semiannual-draft__Cron", "off"), ("Jobs__semiannual-final__Cron", "off"), .. settings]);

    /// <summary>The JSON log lines written so far, parsed.</summary>
    public static IReadOnlyList<JsonElement> LogLines(this VdwProcess process) => [.. process.OutputLines()
        .Where(line => line.StartsWith('{'))
        .Select(line => JsonDocument.Parse(line).RootElement)];

    /// <summary>Waits until a log line whose message contains the text appears, and returns the message.</summary>
    public static async Task<string> WaitForLogAsync(this VdwProcess process, string text) =>
        Message((await process.WaitForOutputAsync(line => line.StartsWith('{') && Message(line).Contains(text, StringComparison.Ordinal),
            $"a log line with '{text}'")))!;

    /// <summary>Waits until a log line with <paramref name="first"/> appears and then one with <paramref name="then"/>; returns the second's message.</summary>
    public static async Task<string> WaitForLogAfterAsync(this VdwProcess process, string first, string then)
    {
        var seen = false;
        return Message(await process.WaitForOutputAsync(line =>
        {
            if (!line.StartsWith('{'))
            {
                return false;
            }

            var message = Message(line);
            if (seen)
            {
                return message.Contains(then, StringComparison.Ordinal);
            }

            seen = message.Contains(first, StringComparison.Ordinal);
            return false;
        }, $"a log line with '{then}' after one with '{first}'"));
    }

    /// <summary>Waits until the node has started its work, and returns its name (host and process) as the cluster knows it.</summary>
    public static async Task<string> WaitForNodeAsync(this VdwProcess process) =>
        System.Text.RegularExpressions.Regex.Match(await process.WaitForLogAsync("The service has started as node "), @"as node (\S+): inbox").Groups[1].Value;

    /// <summary>Waits until the node has started <paramref name="count"/> job runs in all (its JobRunRecorder logging at Debug).</summary>
    public static Task WaitForRunsAsync(this VdwProcess process, int count) => process.WaitForLogCountAsync(": started for the fire of ", count);

    /// <summary>Waits until <paramref name="count"/> log lines in all contain the text (at once for none).</summary>
    public static async Task WaitForLogCountAsync(this VdwProcess process, string text, int count)
    {
        if (count == 0)
        {
            return;
        }

        var seen = 0;
        await process.WaitForOutputAsync(line => line.StartsWith('{') && Message(line).Contains(text, StringComparison.Ordinal) && ++seen >= count,
            $"{count} log line(s) with '{text}'");
    }

    private static string Message(string line) => JsonDocument.Parse(line).RootElement.GetProperty("Message").GetString()!;
}
