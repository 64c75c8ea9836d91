namespace VolunteerDW.Host.Samples;

/// <summary>Puts the manifest together from the quarters' plans and what writing their packages produced.</summary>
internal static class ManifestBuilder
{
    /// <summary>A change beyond this factor, either way, counts as a jump.</summary>
    public const double JumpFactor = 3;

    public static SampleManifest Build(SampleOptions options, IReadOnlyList<QuarterPlan> plans, IReadOnlyList<IReadOnlyList<RegionResult>> results)
    {
        ArgumentNullException.ThrowIfNull(options);
        var quarters = new List<QuarterManifest>();
        for (var i = 0; i < plans.Count; i++)
        {
            var (plan, regions) = (plans[i], results[i]);
            var districts = plan.Districts.ToList();
            quarters.Add(new QuarterManifest(
                plan.Quarter.ToString(),
                regions.Count + regions.Sum(r => r.Corrections.Count),
                regions.Sum(r => r.Returns),
                [.. districts.Where(d => d.Missing).Select(d => d.Unit.KatoCode)],
                [.. districts.Where(d => d.Late).Select(d => new LateDistrict(d.Unit.KatoCode, d.Unit.ParentKatoCode!, d.SubmittedOn))],
                [.. plan.Regions.Where(r => r.Late).Select(r => new LateRegion(r.Region.KatoCode, r.SubmittedOn, r.Received))],
                [.. regions.SelectMany(r => r.Corrections)],
                [.. regions.Select(r => r.Mismatch).OfType<PlantedMismatch>()],
                Jumps(plan, Subjects(regions), i > 0 ? plans[i - 1] : null, i > 0 ? Subjects(results[i - 1]) : null),
                [.. regions.SelectMany(r => r.OutsideRows)],
                QuarterTotals.Sum(regions.Select(r => r.Totals))));
        }

        return new SampleManifest(SampleManifest.FormatName, options.Seed, options.From.ToString(), options.To.ToString(), quarters);
    }

    private static Dictionary<string, long> Subjects(IEnumerable<RegionResult> regions) =>
        regions.SelectMany(r => r.DistrictSubjects).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

    private static List<QuarterJump> Jumps(QuarterPlan plan, Dictionary<string, long> subjects, QuarterPlan? previousPlan, Dictionary<string, long>? previous)
    {
        var planted = plan.Districts.Where(d => d.Jump > 1).Select(d => d.Unit.KatoCode).ToHashSet(StringComparer.Ordinal);
        var spikedBefore = previousPlan?.Districts.Where(d => d.Jump > 1).Select(d => d.Unit.KatoCode).ToHashSet(StringComparer.Ordinal) ?? [];
        return [.. subjects
            .Select(unit => (unit.Key, Before: previous is not null && previous.TryGetValue(unit.Key, out var before) ? before : (long?)null, Now: unit.Value))
            .Where(unit => planted.Contains(unit.Key) || (unit.Before is { } before && Beyond(before, unit.Now)))
            .OrderBy(unit => unit.Key, StringComparer.Ordinal)
            .Select(unit => new QuarterJump(unit.Key, unit.Before, unit.Now,
                planted.Contains(unit.Key) ? "planted" : spikedBefore.Contains(unit.Key) ? "after_planted" : "unplanned"))];
    }

    private static bool Beyond(long before, long now) => now > JumpFactor * before || before > JumpFactor * now;
}
