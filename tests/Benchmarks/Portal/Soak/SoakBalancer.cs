using System.Diagnostics;
using System.Net;

namespace VolunteerDW.Benchmarks.Portal.Soak;

/// <summary>
/// The small round-robin load balancer in front of the soak's nodes: each request goes to the next
/// node in the rotation. A node joins the rotation when its <c>/health/ready</c> says 200 (asked
/// every second, as a load balancer does) and leaves it when that fails or a request cannot reach it.
/// </summary>
internal sealed class SoakBalancer(IReadOnlyList<SoakNode> nodes, Stopwatch clock) : IAsyncDisposable
{
    private static readonly TimeSpan HealthEvery = TimeSpan.FromSeconds(1);

    private readonly HttpClient _probe = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(2) }) { Timeout = TimeSpan.FromSeconds(10) };
    private readonly CancellationTokenSource _stop = new();
    private Task _health = Task.CompletedTask;
    private int _next;
    private int _leftWhileUp;

    /// <summary>Seconds since the soak's clock started.</summary>
    public double Now => clock.Elapsed.TotalSeconds;

    /// <summary>How many times a node left the rotation when it had not been killed (its health said not ready, or a request could not reach it).</summary>
    public int LeftWhileUp => _leftWhileUp;

    /// <summary>Starts asking every node's health every second.</summary>
    public void Watch() => _health = WatchAsync(_stop.Token);

    /// <summary>The next node in the rotation, another than <paramref name="avoid"/> when there is one; waits while none is in it.</summary>
    public async Task<SoakNode> NextAsync(SoakNode? avoid = null)
    {
        while (true)
        {
            var turn = Interlocked.Increment(ref _next);
            var candidates = nodes.Where(n => n.InRotation).ToList();
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

    /// <summary>A request could not reach <paramref name="node"/> (refused, reset), or its health said not ready: out of the rotation until its health says ready.</summary>
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

    /// <summary>Whether the node's <c>/health/ready</c> says 200; null when it did not answer in time (a busy node is left as it was).</summary>
    public async Task<bool?> ReadyAsync(SoakNode node)
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

    /// <summary>Stops asking, and takes every node out of the rotation.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _health;
        foreach (var node in nodes)
        {
            node.InRotation = false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _probe.Dispose();
        _stop.Dispose();
    }

    private async Task WatchAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            foreach (var node in nodes)
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
