using System.Diagnostics;
using System.Runtime.InteropServices;
using VolunteerDW.Warehouse.Diagnostics;

namespace VolunteerDW.Tests.Support;

/// <summary>
/// The real <c>vdw</c> program in a process of its own, its output collected line by line as it
/// comes. A test waits for a line the program writes — never for a length of time — and can stop
/// the process with SIGTERM, kill it outright, or tell it to go on from a fault point.
/// </summary>
public sealed class VdwProcess : IAsyncDisposable
{
    // Only a safety net, so that a program that never writes what a test waits for fails the test
    // instead of hanging the run; it is not how long anything is expected to take.
    private static readonly TimeSpan GiveUp = TimeSpan.FromMinutes(10);

    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly List<string> _output = [];
    private readonly List<string> _error = [];
    private readonly List<Waiter> _waiters = [];
    private int _openStreams = 2;

    private VdwProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, line) => Received(_output, line.Data);
        process.ErrorDataReceived += (_, line) => Received(_error, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int ExitCode => _process.ExitCode;

    public string Output => Lines(_output);

    public string Error => Lines(_error);

    /// <summary>Starts <c>vdw</c> with the arguments, in a folder, with extra environment variables (e.g. <c>VDW_FAULT</c>).</summary>
    public static VdwProcess Start(IEnumerable<string> arguments, string workingDirectory, IEnumerable<(string Name, string Value)>? environment = null)
    {
        var vdw = Path.Combine(AppContext.BaseDirectory, "vdw.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", vdw, .. arguments])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var (name, value) in environment ?? [])
        {
            start.Environment[name] = value;
        }

        return new VdwProcess(Process.Start(start)!);
    }

    /// <summary>The lines written so far to standard output.</summary>
    public IReadOnlyList<string> OutputLines()
    {
        lock (_gate)
        {
            return [.. _output];
        }
    }

    /// <summary>Waits for a line on standard output that matches, and returns it.</summary>
    public Task<string> WaitForOutputAsync(Func<string, bool> match, string what) => WaitAsync(_output, match, what);

    /// <summary>Waits for a line on standard error that matches, and returns it.</summary>
    public Task<string> WaitForErrorAsync(Func<string, bool> match, string what) => WaitAsync(_error, match, what);

    /// <summary>Waits until the program says it has stopped at the fault point it was started with.</summary>
    public Task WaitForFaultPointAsync(string point) =>
        WaitForErrorAsync(line => line.StartsWith($"{FaultPoints.Marker} {point} reached", StringComparison.Ordinal), $"the fault point {point}");

    /// <summary>Lets a program stopped at a fault point go on.</summary>
    public async Task ContinueAsync()
    {
        await _process.StandardInput.WriteLineAsync("go on");
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Asks the process to stop with SIGTERM, as a service manager does.</summary>
    public void Terminate()
    {
        const int SigTerm = 15;
        if (Kill(_process.Id, SigTerm) != 0)
        {
            throw new InvalidOperationException($"kill({_process.Id}, SIGTERM) failed");
        }
    }

    /// <summary>Ends the process at once, as a power cut would, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Waits for the process to end by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var giveUp = new CancellationTokenSource(GiveUp);
        await _process.WaitForExitAsync(giveUp.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private async Task<string> WaitAsync(List<string> lines, Func<string, bool> match, string what)
    {
        var waiter = new Waiter(lines, match);
        lock (_gate)
        {
            if (lines.Find(line => match(line)) is { } seen)
            {
                return seen;
            }

            if (_openStreams == 0)
            {
                throw Never(what);
            }

            _waiters.Add(waiter);
        }

        try
        {
            return await waiter.Seen.Task.WaitAsync(GiveUp);
        }
        catch (Exception exception) when (exception is TimeoutException or InvalidOperationException)
        {
            throw Never(what);
        }
    }

    private void Received(List<string> lines, string? line)
    {
        List<Waiter> done;
        lock (_gate)
        {
            if (line is null)
            {
                // Both streams closed: the program has ended, and nothing it could still write will come.
                if (--_openStreams == 0)
                {
                    foreach (var waiter in _waiters)
                    {
                        waiter.Seen.TrySetException(new InvalidOperationException("the program ended"));
                    }

                    _waiters.Clear();
                }

                return;
            }

            lines.Add(line);
            done = _waiters.FindAll(w => ReferenceEquals(w.Lines, lines) && w.Match(line));
            _waiters.RemoveAll(done.Contains);
        }

        foreach (var waiter in done)
        {
            waiter.Seen.TrySetResult(line);
        }
    }

    private TimeoutException Never(string what) =>
        new($"vdw never wrote {what}.\nOutput:\n{Output}\nError:\n{Error}");

    private string Lines(List<string> lines)
    {
        lock (_gate)
        {
            return string.Join("\n", lines);
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private sealed record Waiter(List<string> Lines, Func<string, bool> Match)
    {
        public TaskCompletionSource<string> Seen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
