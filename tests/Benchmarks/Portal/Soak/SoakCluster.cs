using System.Diagnostics;
using System.Net;

namespace VolunteerDW.Benchmarks.Portal.Soak;

/// <summary>A node killed and started again: when (seconds into the soak), and how long after the kill its new server listened and said ready.</summary>
internal sealed record Restart(string Node, double KilledAt, double Listening, double Ready);

/// <summary>
/// Two <c>vdw serve</c> nodes on one warehouse and one set of folders (<see cref="PortalServer.SharedFolders"/>),
/// each on a port of its own, behind a small round-robin balancer in the harness: each request goes
/// to the next node in the rotation. A node joins the rotation when its <c>/health/ready</c> says 200
/// (asked every second, as a load balancer does) and leaves it when that fails or a request cannot
/// reach it. <see cref="KillAndRestartAsync"/> kills a node's server with SIGKILL and starts it again
/// on the same port and folders.
/// </summary>
internal sealed class SoakCluster : IAsyncDisposable
{
    private static readonly TimeSpan HealthEvery = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromMinutes(3);

    private readonly string _vdw;
    private readonly string _database;
    private readonly string _logs;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly Stopwatch _clock;
    private readonly HttpClient _probe = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(2) }) { Timeout = TimeSpan.FromSeconds(10) };
    private readonly CancellationTokenSource _stop = new();
    private Task _health = Task.CompletedTask;
    private int _next;
    private int _leftWhileUp;

    private SoakCluster(string vdw, string database, string folder, Stopwatch clock)
    {
        (_vdw, _database, _clock) = (vdw, database, clock);
        _settings = PortalServer.SharedFolders(Path.Combine(folder, "shared"));
        _logs = folder;
        var first = PortalServer.FreePort();
        var second = PortalServer.FreePort();
        while (second == first)
        {
            second = PortalServer.FreePort();
        }

        Nodes = [new SoakNode("A", first), new SoakNode("B", second)];
    }

    public IReadOnlyList<SoakNode> Nodes { get; }

    /// <summary>How many times a node left the rotation when it had not been killed (its health said not ready, or a request could not reach it).</summary>
    public int LeftWhileUp => _leftWhileUp;

    /// <summary>Seconds since the soak's clock started.</summary>
    public double Now => _clock.Elapsed.TotalSeconds;

    /// <summary>Starts both nodes one after the other (the first makes the key certificate, once, in the shared keys folder), each ready before the next.</summary>
    public static async Task<SoakCluster> StartAsync(string vdw, string database, string folder, Stopwatch clock)
    {
        var cluster = new SoakCluster(vdw, database, folder, clock);
        foreach (var node in cluster.Nodes)
        {
            node.Server = await cluster.StartServerAsync(node);
            await cluster.WaitReadyAsync(node);
            node.InRotation = true;
        }

        cluster._health = cluster.WatchHealthAsync(cluster._stop.Token);
        return cluster;
    }

    /// <summary>The next node in the rotation, another than <paramref name="avoid"/> when there is one; waits while none is in it.</summary>
    public async Task<SoakNode> NextAsync(SoakNode? avoid = null)
    {
        while (true)
        {
            var turn = Interlocked.Increment(ref _next);
            var candidates = Nodes.Where(n => n.InRotation).ToList();
            var other = candidates.Where(n => n != avoid).ToList();
            if (other.Count > 0)
            {
                return other[turn % other.Count];
            }

            if (candidates.Count > 0)
            {
                return candidates[0];
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    /// <summary>A request could not reach <paramref name="node"/> (refused, reset), or its health said not ready: the balancer takes it out until its health says ready.</summary>
    public void TakeOut(SoakNode node)
    {
        if (node.InRotation)
        {
            node.InRotation = false;
            if (!node.BeingKilled(Now))
            {
                Interlocked.Increment(ref _leftWhileUp);
            }
        }
    }

    /// <summary>Kills the node's server with SIGKILL, starts it again on the same port and folders, and waits until its <c>/health/ready</c> says 200.</summary>
    public async Task<Restart> KillAndRestartAsync(SoakNode node)
    {
        var killedAt = Now;
        node.Killed(killedAt);
        var server = node.Server!;
        node.Server = null;
        await server.KillAsync();
        await server.DisposeAsync();
        node.Server = await StartServerAsync(node);
        var listening = Now;
        await WaitReadyAsync(node);
        var ready = Now;
        node.Ready(ready);
        return new Restart(node.Name, killedAt, listening - killedAt, ready - killedAt);
    }

    /// <summary>Stops both nodes with SIGTERM, as a service manager does: whether each stopped cleanly (exit code 0) within the service's stop timeout.</summary>
    public async Task<bool[]> StopAsync()
    {
        await _stop.CancelAsync();
        await _health;
        Array.ForEach([.. Nodes], n => n.InRotation = false);
        return await Task.WhenAll(Nodes.Select(n => n.Server is { } server ? server.StopAsync(TimeSpan.FromSeconds(150)) : Task.FromResult(false)));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _health;
        foreach (var node in Nodes.Where(n => n.Server is not null))
        {
            await node.Server!.DisposeAsync();
        }

        _probe.Dispose();
        _stop.Dispose();
    }

    // The same port each time; a port the killed process held may take a moment to be free again.
    private async Task<PortalServer> StartServerAsync(SoakNode node)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await PortalServer.StartAsync(_vdw, _database, _settings, node.Port, Path.Combine(_logs, $"node-{node.Name}.log"));
            }
            catch (InvalidOperationException) when (attempt < 10)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    private async Task WaitReadyAsync(SoakNode node)
    {
        var clock = Stopwatch.StartNew();
        while (await ReadyAsync(node) != true)
        {
            if (clock.Elapsed > ReadyWithin)
            {
                throw new TimeoutException($"Node {node.Name} was not ready {ReadyWithin.TotalMinutes} minutes after it started.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    // 200, or not; null when the question went unanswered in time (a busy node is left as it was).
    private async Task<bool?> ReadyAsync(SoakNode node)
    {
        try
        {
            using var answer = await _probe.GetAsync(new Uri(node.Address, "/health/ready"));
            return answer.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }

    private async Task WatchHealthAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            foreach (var node in Nodes)
            {
                switch (await ReadyAsync(node))
                {
                    case true:
                        node.InRotation = true;
                        break;
                    case false:
                        TakeOut(node);
                        break;
                }
            }

            try
            {
                await Task.Delay(HealthEvery, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
