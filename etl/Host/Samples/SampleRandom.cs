using System.Globalization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Host.Samples;

/// <summary>What a random stream is for; part of its seed, so that streams never overlap.</summary>
internal enum SampleStream
{
    Plan = 1,
    Weights = 2,
    Unit = 3,
    Correction = 4,
    Preparer = 5,
    Mismatch = 6,
    Missing = 7,
}

/// <summary>
/// A small seeded generator (xoshiro256** seeded through SplitMix64). Its sequence is fixed by this
/// code, unlike <see cref="Random"/>, whose seeded sequence may change between .NET versions — and
/// the samples must be the same bytes for the same seed. Each instance is used by one thread.
/// </summary>
internal sealed class SampleRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    private SampleRandom(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    /// <summary>The stream for one purpose and the given keys (quarter key, KATO code, …).</summary>
    public static SampleRandom For(long seed, SampleStream stream, params ReadOnlySpan<long> keys)
    {
        var state = (ulong)seed ^ ((ulong)stream * 0xD1B54A32D192ED03UL);
        var mixed = SplitMix(ref state);
        foreach (var key in keys)
        {
            state = mixed ^ (ulong)key;
            mixed = SplitMix(ref state);
        }

        return new SampleRandom(mixed);
    }

    /// <summary>The stream for one purpose, unit and quarter.</summary>
    public static SampleRandom For(long seed, SampleStream stream, Quarter quarter, string kato) =>
        For(seed, stream, quarter.Key, KatoKey(kato));

    /// <summary>A KATO code as a number, to take part in a seed.</summary>
    public static long KatoKey(string kato) => long.Parse(kato, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>A value in [0, 1).</summary>
    public double NextDouble() => (Next64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A whole number in [0, <paramref name="count"/>).</summary>
    public int Next(int count) => (int)(NextDouble() * count);

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>], both included.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public double Uniform(double min, double max) => min + (NextDouble() * (max - min));

    /// <summary>A value between the bounds whose logarithm is uniform: small values are as likely as large ones by ratio.</summary>
    public double LogUniform(double min, double max) => min * Math.Exp(NextDouble() * Math.Log(max / min));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>An item chosen with probability in proportion to its weight.</summary>
    public T Pick<T>(IReadOnlyList<T> items, Func<T, double> weight)
    {
        var point = NextDouble() * items.Sum(weight);
        foreach (var item in items)
        {
            point -= weight(item);
            if (point < 0)
            {
                return item;
            }
        }

        return items[^1];
    }

    /// <summary>A count with the given mean: Poisson for small means, its normal approximation for large ones.</summary>
    public long Count(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 40)
        {
            return Math.Max(0, (long)Math.Round(mean + (Math.Sqrt(mean) * Normal())));
        }

        var limit = Math.Exp(-mean);
        var count = -1L;
        for (var product = 1.0; product > limit; product *= NextDouble())
        {
            count++;
        }

        return count;
    }

    /// <summary>A standard normal value (Box–Muller).</summary>
    public double Normal() => Math.Sqrt(-2 * Math.Log(1 - NextDouble())) * Math.Cos(2 * Math.PI * NextDouble());

    /// <summary>Picks <paramref name="count"/> different items (fewer when there are not enough), in list order.</summary>
    public IReadOnlyList<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var chosen = new SortedSet<int>();
        while (chosen.Count < Math.Min(count, items.Count))
        {
            chosen.Add(Next(items.Count));
        }

        return [.. chosen.Select(i => items[i])];
    }

    private ulong Next64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
