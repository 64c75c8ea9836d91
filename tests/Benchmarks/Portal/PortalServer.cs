using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace VolunteerDW.Benchmarks.Portal;

/// <summary>
/// <c>vdw serve</c> — the portal and the scheduler, as an operator runs them — in a process of its
/// own on a warehouse of the benchmark's, listening on a port of this machine (a free one, or one
/// given, so that a node started again answers where it did); its memory is its own
/// (<see cref="PeakRssMb"/>). Its folders (uploads, keys, inbox, report cache) are under a folder of
/// its own, removed when it stops, unless settings put them elsewhere (<see cref="SharedFolders"/>:
/// nodes of one cluster share one set). It can be killed outright (<see cref="KillAsync"/>) or
/// stopped as a service manager stops it (<see cref="StopAsync"/>).
/// </summary>
internal sealed class PortalServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private PortalServer(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>
    /// Starts the server on <paramref name="database"/> and waits until it says where it listens: on
    /// <paramref name="port"/> of 127.0.0.1 (0: any free one), its log (warnings and errors) appended
    /// to <paramref name="log"/> when given, else dropped.
    /// </summary>
    public static async Task<PortalServer> StartAsync(string vdw, string database, IReadOnlyDictionary<string, string>? settings = null, int port = 0,
        string? log = null)
    {
        var folder = Directory.CreateTempSubdirectory("vdw-bench-portal-").FullName;
        var start = new ProcessStartInfo("dotnet", ["exec", Path.GetFullPath(vdw), "serve"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.Environment["VDW_ENGINE"] = "sqlite";
        start.Environment["VDW_CONNECTION"] = Path.GetFullPath(database);
        start.Environment["VDW_Portal__Urls"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        // Fifty people sign in from this one address within a minute: the per-address limit is raised for the benchmark.
        start.Environment["VDW_Portal__SignInAttempts"] = "100000";
        start.Environment["VDW_Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[$"VDW_{key.Replace(":", "__", StringComparison.Ordinal)}"] = value;
        }

        var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        string? line;
        while ((line = await process.StandardOutput.ReadLineAsync()) is not null && !line.StartsWith("Portal: ", StringComparison.Ordinal))
        {
        }

        if (line is null)
        {
            await process.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
            throw new InvalidOperationException($"vdw serve did not start (exit {process.ExitCode}): {await errors}");
        }

        // The rest of its output (logs) is read, so that it never blocks on a full pipe, and kept or dropped.
        _ = log is null ? process.StandardOutput.BaseStream.CopyToAsync(Stream.Null) : AppendAsync(process.StandardOutput.BaseStream, log);
        return new PortalServer(process, folder, new Uri(line["Portal: ".Length..]));
    }

    /// <summary>
    /// The settings that put every folder a node writes — uploads, keys, report cache, inbox, archive,
    /// quarantine, scheduled reports, outbox — under <paramref name="folder"/>, for nodes that share them.
    /// </summary>
    public static IReadOnlyDictionary<string, string> SharedFolders(string folder) => new Dictionary<string, string>
    {
        ["Portal:Uploads"] = Path.Combine(folder, "uploads"),
        ["Portal:Keys"] = Path.Combine(folder, "keys"),
        ["Portal:ReportCache"] = Path.Combine(folder, "report-cache"),
        ["Service:Inbox"] = Path.Combine(folder, "inbox"),
        ["Service:Archive"] = Path.Combine(folder, "archive"),
        ["Service:Quarantine"] = Path.Combine(folder, "quarantine"),
        ["Service:Reports"] = Path.Combine(folder, "reports"),
        ["Mail:Outbox"] = Path.Combine(folder, "outbox"),
    };

    /// <summary>A port of 127.0.0.1 free now, for a server that must be found at the same address after a restart.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The server's peak resident set so far (VmHWM), in MB.</summary>
    public double PeakRssMb() => Status("VmHWM:");

    /// <summary>The server's resident set now (VmRSS), in MB.</summary>
    public double RssMb() => Status("VmRSS:");

    /// <summary>Ends the process at once with SIGKILL (<c>kill -9</c>), as a crash or a power cut would, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>Asks the process to stop with SIGTERM, as a service manager does, and waits for it; killed if it takes longer than <paramref name="patience"/>.</summary>
    public async Task<bool> StopAsync(TimeSpan patience)
    {
        const int SigTerm = 15;
        if (_process.HasExited || Kill(_process.Id, SigTerm) != 0)
        {
            return _process.HasExited && _process.ExitCode == 0;
        }

        using var timeout = new CancellationTokenSource(patience);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            return _process.ExitCode == 0;
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
            return false;
        }
    }

    private double Status(string field)
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    private static async Task AppendAsync(Stream output, string log)
    {
        await using var file = new FileStream(log, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        await output.CopyToAsync(file);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
