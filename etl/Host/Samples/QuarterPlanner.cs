using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Host.Samples;

/// <summary>
/// Decides a quarter's plan from the seed alone: the units valid at the quarter's last day, about
/// 1% of districts missing, about 3% late (never after their region sent its package), one to
/// three late regions, one or two jumps (in smaller districts, so that national totals keep their
/// level), a few corrections, mismatches and rows dated outside the quarter. Dates follow the Rules: districts by the 5th, regions by the 10th of the next month.
/// A quarter's plan does not depend on which other quarters are generated with it.
/// </summary>
internal static class QuarterPlanner
{
    public static QuarterPlan Plan(DimensionSnapshot snapshot, UnitWeights weights, long seed, Quarter quarter)
    {
        var (regions, districts) = Units(snapshot, quarter);
        var children = districts.ToLookup(d => d.ParentKatoCode!, StringComparer.Ordinal);
        var missing = Missing(districts, seed, quarter);
        var wasMissing = Missing(Units(snapshot, quarter.Previous).Districts, seed, quarter.Previous);
        var present = districts.Where(d => !missing.Contains(d.KatoCode)).ToList();
        var median = districts.Select(d => weights.District(d.KatoCode)).Order().ElementAt(districts.Count / 2);

        var random = SampleRandom.For(seed, SampleStream.Plan, quarter.Key);
        var lateRegions = Katos(random.Sample(regions, random.Between(1, 3)));
        var mismatches = Katos(random.Sample(regions, random.Between(1, 3)));
        var jumps = random.Sample([.. present.Where(d => !wasMissing.Contains(d.KatoCode) && weights.District(d.KatoCode) <= median)], random.Between(1, 2))
            .ToDictionary(d => d.KatoCode, _ => random.Uniform(6, 8));
        var outside = Katos(random.Sample(present, random.Between(1, 3)));
        var corrected = Katos(random.Sample(present, random.Between(2, 4)));
        var sent = regions.ToDictionary(r => r.KatoCode, r => RegionTimes(quarter, lateRegions.Contains(r.KatoCode), random));
        var lastPackage = sent.Values.Max(times => times.Received);
        var late = Katos(random.Sample([.. present.Where(d => sent[d.ParentKatoCode!].SubmittedOn.Day >= 6)],
            (int)Math.Round(districts.Count * 0.03 * random.Uniform(0.6, 1.4))));

        return new QuarterPlan(quarter, [.. regions.Select(region =>
        {
            var (submittedOn, received) = sent[region.KatoCode];
            return new RegionPlan(region, submittedOn, received, lateRegions.Contains(region.KatoCode), mismatches.Contains(region.KatoCode),
                [.. children[region.KatoCode].Select(unit => new DistrictPlan(
                    unit,
                    missing.Contains(unit.KatoCode),
                    late.Contains(unit.KatoCode)
                        ? ReportingCalendar.WorkingDay(quarter, 6, Math.Min(14, submittedOn.Day), random)
                        : ReportingCalendar.WorkingDay(quarter, 1, Math.Min(5, submittedOn.Day), random),
                    late.Contains(unit.KatoCode),
                    jumps.GetValueOrDefault(unit.KatoCode, 1),
                    outside.Contains(unit.KatoCode),
                    corrected.Contains(unit.KatoCode) ? Correction(quarter, lastPackage, random) : null))]);
        })]);
    }

    // The regions valid at the quarter's last day, and their districts region by region, in KATO order.
    private static (List<UnitVersionRow> Regions, List<UnitVersionRow> Districts) Units(DimensionSnapshot snapshot, Quarter quarter)
    {
        var dateKey = (quarter.LastDay.Year * 10000) + (quarter.LastDay.Month * 100) + quarter.LastDay.Day;
        var regions = snapshot.Units.Where(u => u.Level == 1 && u.ValidOn(dateKey)).OrderBy(u => u.KatoCode, StringComparer.Ordinal).ToList();
        return (regions, [.. regions.SelectMany(r => snapshot.ChildrenAt(r.KatoCode, dateKey)
            .Where(u => u.Level == 2).OrderBy(u => u.KatoCode, StringComparer.Ordinal))]);
    }

    // A stream of its own, so that the next quarter can avoid planting a jump on a unit missing in this one.
    private static HashSet<string> Missing(List<UnitVersionRow> districts, long seed, Quarter quarter)
    {
        var random = SampleRandom.For(seed, SampleStream.Missing, quarter.Key);
        return Katos(random.Sample(districts, Math.Max(1, (int)Math.Round(districts.Count * 0.01 * random.Uniform(0.5, 1.5)))));
    }

    // Most packages reach the ministry on the 6th–10th, late ones on the 11th–20th; the region sent
    // its own return a day or two before.
    private static (DateOnly SubmittedOn, DateTimeOffset Received) RegionTimes(Quarter quarter, bool late, SampleRandom random)
    {
        var day = late ? ReportingCalendar.WorkingDay(quarter, 11, 20, random) : ReportingCalendar.WorkingDay(quarter, 6, 10, random);
        var received = ReportingCalendar.OfficeHours(day, random);
        return (day.AddDays(-random.Between(1, 2)), received);
    }

    // Corrections come after every package of the quarter, so that received order is packages first:
    // sent on the 15th–26th, received a day or two later.
    private static CorrectionPlan Correction(Quarter quarter, DateTimeOffset lastPackage, SampleRandom random)
    {
        var day = ReportingCalendar.WorkingDay(quarter, Math.Max(15, lastPackage.Day + 1), 26, random);
        return new CorrectionPlan(day, ReportingCalendar.OfficeHours(day.AddDays(random.Between(1, 2)), random));
    }

    private static HashSet<string> Katos(IEnumerable<UnitVersionRow> units) => units.Select(u => u.KatoCode).ToHashSet(StringComparer.Ordinal);
}
