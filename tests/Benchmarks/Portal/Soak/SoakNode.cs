using System.Globalization;

namespace VolunteerDW.Benchmarks.Portal.Soak;

/// <summary>
/// One node of the soak's cluster: its port (the same after every restart, as a load balancer knows
/// it), the server running there now, whether the harness's balancer sends it requests, and when
/// it was killed and ready again.
/// </summary>
internal sealed class SoakNode(string name, int port)
{
    private readonly Lock _gate = new();
    private readonly List<(double KilledAt, double? ReadyAt)> _outages = [];
    private volatile bool _inRotation;

    public string Name => name;

    public int Port => port;

    public Uri Address { get; } = new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));

    /// <summary>The <c>vdw serve</c> on the port now; null while it is being started again.</summary>
    public PortalServer? Server { get; set; }

    /// <summary>Whether the balancer sends it requests: in once its <c>/health/ready</c> says 200, out when that fails or a request cannot reach it.</summary>
    public bool InRotation
    {
        get => _inRotation;
        set => _inRotation = value;
    }

    /// <summary>Its server was killed at <paramref name="at"/> (seconds into the soak).</summary>
    public void Killed(double at)
    {
        lock (_gate)
        {
            _outages.Add((at, null));
        }
    }

    /// <summary>Its new server said ready at <paramref name="at"/>.</summary>
    public void Ready(double at)
    {
        lock (_gate)
        {
            _outages[^1] = (_outages[^1].KilledAt, at);
        }
    }

    /// <summary>Whether <paramref name="at"/> falls between a kill of this node and its server's being ready again.</summary>
    public bool BeingKilled(double at)
    {
        lock (_gate)
        {
            return _outages.Any(o => o.KilledAt <= at && (o.ReadyAt is null || at <= o.ReadyAt));
        }
    }
}
