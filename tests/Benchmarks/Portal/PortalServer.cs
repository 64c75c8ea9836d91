using System.Diagnostics;
using System.Globalization;

namespace VolunteerDW.Benchmarks.Portal;

/// <summary>
/// <c>vdw serve</c> — the portal and the scheduler, as an operator runs them — in a process of its
/// own on a warehouse of the benchmark's, listening on a free port of this machine; its memory is
/// its own (<see cref="PeakRssMb"/>). Its folders (uploads, keys, inbox, report cache) are under a
/// folder of its own, removed when it stops.
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

    /// <summary>Starts the server on <paramref name="database"/> and waits until it says where it listens.</summary>
    public static async Task<PortalServer> StartAsync(string vdw, string database, IReadOnlyDictionary<string, string>? settings = null)
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
        start.Environment["VDW_Portal__Urls"] = "http://127.0.0.1:0";
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
            throw new InvalidOperationException($"vdw serve did not start (exit {process.ExitCode}): {await errors}");
        }

        // The rest of its output (logs) is read and dropped, so that it never blocks on a full pipe.
        _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        return new PortalServer(process, folder, new Uri(line["Portal: ".Length..]));
    }

    /// <summary>The server's peak resident set so far (VmHWM), in MB.</summary>
    public double PeakRssMb() => Status("VmHWM:");

    /// <summary>The server's resident set now (VmRSS), in MB.</summary>
    public double RssMb() => Status("VmRSS:");

    private double Status(string field)
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
