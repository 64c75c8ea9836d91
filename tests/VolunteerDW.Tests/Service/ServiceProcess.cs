using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using VolunteerDW.Tests.Support;

namespace VolunteerDW.Tests.Service;

/// <summary>
/// The real <c>vdw</c> program in a process of its own — <c>vdw serve</c> above all, which a test
/// can stop with SIGTERM or kill outright — with its JSON log lines collected.
/// </summary>
public sealed partial class ServiceProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly ConcurrentQueue<string> error = new();

    private ServiceProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, line) => Collect(output, line.Data);
        process.ErrorDataReceived += (_, line) => Collect(error, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public string Output => string.Join("\n", output);

    public string Error => string.Join("\n", error);

    /// <summary>
    /// Runs <c>vdw</c> with arguments on a service harness's warehouse, its folders given through
    /// <c>VDW_Service__*</c> variables and any further settings as <c>VDW_</c> variables (e.g. "Jobs__inbox__Cron").
    /// </summary>
    public static ServiceProcess Start(ServiceHarness service, IEnumerable<string> arguments, params (string Key, string Value)[] settings)
    {
        ArgumentNullException.ThrowIfNull(service);
        var vdw = Path.Combine(AppContext.BaseDirectory, "vdw.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", vdw, .. arguments, "--connection", service.Warehouse.Settings.ConnectionString])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = service.Warehouse.Folder,
        };
        start.Environment["VDW_Service__Inbox"] = service.Inbox;
        start.Environment["VDW_Service__Archive"] = service.Archive;
        start.Environment["VDW_Service__Quarantine"] = service.Quarantine;
        start.Environment["VDW_Service__Reports"] = service.Reports;
        start.Environment["VDW_Service__Formats"] = "md";
        foreach (var (key, value) in settings)
        {
            start.Environment[$"VDW_{key}"] = value;
        }

        return new ServiceProcess(Process.Start(start)!);
    }

    /// <summary><c>vdw serve</c> with an inbox scanned every second and files taken as soon as they are at rest for a second.</summary>
    public static ServiceProcess Serve(ServiceHarness service) => Start(service, ["serve"],
        ("Jobs__inbox__Cron", "* * * * * ?"), ("Service__SettleSeconds", "1"),
        ("Jobs__tier1-deadline__Cron", "off"), ("Jobs__tier2-deadline__Cron", "off"),
        ("Jobs__semiannual-draft__Cron", "off"), ("Jobs__semiannual-final__Cron", "off"));

    /// <summary>The log lines written so far, parsed.</summary>
    public IReadOnlyList<JsonElement> LogLines() => [.. output
        .Where(line => line.StartsWith('{'))
        .Select(line => JsonDocument.Parse(line).RootElement)];

    /// <summary>Waits until a log line whose message contains the text appears.</summary>
    public Task WaitForLogAsync(string text, TimeSpan? timeout = null) => WaitForAsync(
        () => LogLines().Any(l => l.GetProperty("Message").GetString()!.Contains(text, StringComparison.Ordinal)),
        $"a log line with '{text}'", timeout);

    /// <summary>Polls a condition in real time, failing the test with the process's output if it never holds.</summary>
    public async Task WaitForAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > (timeout ?? TimeSpan.FromMinutes(2)))
            {
                throw new TimeoutException($"Never saw {what}.\nOutput:\n{Output}\nError:\n{Error}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Asks the process to stop with SIGTERM, as a service manager does.</summary>
    public Task TerminateAsync()
    {
        const int SigTerm = 15;
        return Kill(process.Id, SigTerm) == 0 ? Task.CompletedTask : throw new InvalidOperationException($"kill({process.Id}, SIGTERM) failed");
    }

    /// <summary>Ends the process at once, as a power cut would.</summary>
    public async Task KillAsync()
    {
        process.Kill();
        await process.WaitForExitAsync();
    }

    public async Task<int> WaitForExitAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(cancel.Token);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static void Collect(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }
}

/// <summary>Big returns, whose load takes long enough to be caught in the middle.</summary>
internal static class BigReturn
{
    public const int Programmes = 60_000;

    public static string WriteTo(string folder, string unit = "101000000")
    {
        var builder = new ReturnBuilder(unit);
        var template = builder.Programmes[0];
        builder.Programmes = [.. Enumerable.Range(0, Programmes).Select(i => template with { SourceRow = 3 + i, Title = $"Акция №{i}" })];
        return builder.WriteTo(folder);
    }
}
