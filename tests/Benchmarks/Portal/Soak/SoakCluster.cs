using System.Diagnostics;

namespace VolunteerDW.Benchmarks.Portal.Soak;

/// <summary>A node killed and started again: when (seconds into the soak), and how long after the kill its new server listened and said ready.</summary>
internal sealed record Restart(string Node, double KilledAt, double Listening, double Ready);

/// <summary>
/// Two <c>vdw serve</c> nodes on one warehouse and one set of folders (<see cref="PortalServer.SharedFolders"/>),
/// each on a port of its own, behind the harness's balancer (<see cref="SoakBalancer"/>).
/// <see cref="KillAndRestartAsync"/> kills a node's server with SIGKILL and starts it again on the
/// same port and folders.
/// </summary>
internal sealed class SoakCluster : IAsyncDisposable
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromMinutes(3);

    private readonly string _vdw;
    private readonly string _database;
    private readonly string _logs;
    private readonly IReadOnlyDictionary<string, string> _settings;

    private SoakCluster(string vdw, string database, string folder, Stopwatch clock)
    {
        (_vdw, _database, _logs) = (vdw, database, folder);
        _settings = PortalServer.SharedFolders(Path.Combine(folder, "shared"));
        var first = PortalServer.FreePort();
        var second = PortalServer.FreePort();
        while (second == first)
        {
            second = PortalServer.FreePort();
        }

        Nodes = [new SoakNode("A", first), new SoakNode("B", second)];
        Balancer = new SoakBalancer(Nodes, clock);
    }

    public IReadOnlyList<SoakNode> Nodes { get; }

    public SoakBalancer Balancer { get; }

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

        cluster.Balancer.Watch();
        return cluster;
    }

    /// <summary>Kills the node's server with SIGKILL, starts it again on the same port and folders, and waits until its <c>/health/ready</c> says 200.</summary>
    public async Task<Restart> KillAndRestartAsync(SoakNode node)
    {
        var killedAt = Balancer.Now;
        node.Killed(killedAt);
        var server = node.Server!;
        node.Server = null;
        await server.KillAsync();
        await server.DisposeAsync();
        node.Server = await StartServerAsync(node);
        var listening = Balancer.Now;
        await WaitReadyAsync(node);
        var ready = Balancer.Now;
        node.Ready(ready);
        return new Restart(node.Name, killedAt, listening - killedAt, ready - killedAt);
    }

    /// <summary>Stops both nodes with SIGTERM, as a service manager does: whether each stopped cleanly (exit code 0) within the service's stop timeout.</summary>
    public async Task<bool[]> StopAsync()
    {
        await Balancer.StopAsync();
        return await Task.WhenAll(Nodes.Select(n => n.Server is { } server ? server.StopAsync(TimeSpan.FromSeconds(150)) : Task.FromResult(false)));
    }

    public async ValueTask DisposeAsync()
    {
        await Balancer.DisposeAsync();
        foreach (var node in Nodes.Where(n => n.Server is not null))
        {
            await node.Server!.DisposeAsync();
        }
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
        while (await Balancer.ReadyAsync(node) != true)
        {
            if (clock.Elapsed > ReadyWithin)
            {
                throw new TimeoutException($"Node {node.Name} was not ready {ReadyWithin.TotalMinutes} minutes after it started.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
