namespace VolunteerDW.Benchmarks.Portal;

/// <summary>Requests' times in milliseconds: their 50th and 95th percentiles (nearest rank), the longest, and how many failed.</summary>
internal sealed record Latencies(double P50, double P95, int Count, int Errors)
{
    /// <summary>The longest request.</summary>
    public double Max { get; init; }

    public static Latencies Of(IReadOnlyCollection<(double Milliseconds, bool Ok)> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var sorted = requests.Select(r => r.Milliseconds).Order().ToList();
        if (sorted.Count == 0)
        {
            throw new ArgumentException("Latencies need at least one request.", nameof(requests));
        }

        return new Latencies(Percentile(sorted, 50), Percentile(sorted, 95), sorted.Count, requests.Count(r => !r.Ok)) { Max = sorted[^1] };
    }

    private static double Percentile(List<double> sorted, int percent) => sorted[Math.Max(0, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
}
