using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Host.Samples;

/// <summary>What to generate: a range of quarters, where, and from which seed.</summary>
internal sealed record SampleOptions(Quarter From, Quarter To, string Output, long Seed)
{
    /// <summary>What is wrong with the range, or null when it can be generated.</summary>
    public string? Problem =>
        From > To ? $"the range {From}–{To} runs backwards: --from must not be after --to."
        : !From.InCalendar || !To.InCalendar ? $"the range {From}–{To} reaches outside the warehouse's calendar, {Quarter.First}–{Quarter.Last}."
        : null;
}

/// <summary>What a run wrote: region packages, corrections, the returns in them, their data rows and bytes.</summary>
internal sealed record SampleSummary(int Quarters, int Packages, int Corrections, int Returns, long Rows, long Bytes);

/// <summary>
/// Generates plausible quarterly returns for every reporting unit of every quarter in a range, as
/// the loader receives them, with a manifest of what was planted. Deterministic: everything comes
/// from the seed, the quarter and the unit's KATO code, so the same seed gives the same bytes
/// however many threads write, and a quarter's files do not depend on the range it was generated
/// in. Regions' packages are written in parallel.
/// </summary>
internal sealed class SampleGenerator(DimensionSnapshot snapshot)
{
    public SampleSummary Generate(SampleOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problem is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var weights = UnitWeights.From(snapshot, options.Seed);
        var plans = Quarter.Range(options.From, options.To).Select(quarter => QuarterPlanner.Plan(snapshot, weights, options.Seed, quarter)).ToList();

        foreach (var plan in plans)
        {
            // A quarter's folder holds this run's files only: stale packages or corrections would be loaded too.
            var folder = Path.Combine(options.Output, plan.Quarter.ToString());
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.CreateDirectory(Path.Combine(folder, RegionPackageWriter.CorrectionsFolder));
        }

        var writer = new RegionPackageWriter(new ReturnFactory(snapshot, weights, options.Seed), options.Output, options.Seed);
        var work = plans.SelectMany(plan => plan.Regions.Select(region => (plan.Quarter, Region: region))).ToArray();
        var results = new RegionResult[work.Length];
        Parallel.For(0, work.Length, new ParallelOptions { CancellationToken = cancellationToken },
            i => results[i] = writer.Write(work[i].Quarter, work[i].Region));

        var byQuarter = new List<IReadOnlyList<RegionResult>>();
        var offset = 0;
        foreach (var plan in plans)
        {
            byQuarter.Add(results[offset..(offset + plan.Regions.Count)]);
            offset += plan.Regions.Count;
        }

        ManifestBuilder.Build(options, plans, byQuarter).Write(options.Output);
        File.WriteAllText(Path.Combine(options.Output, SampleReadme.FileName), SampleReadme.Text(options));
        return new SampleSummary(plans.Count, results.Length, results.Sum(r => r.Corrections.Count),
            results.Sum(r => r.Returns), results.Sum(r => r.Rows), results.Sum(r => r.Bytes));
    }
}
