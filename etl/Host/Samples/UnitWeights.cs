using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.ReferenceData;

namespace VolunteerDW.Host.Samples;

/// <summary>
/// Each reporting unit's share of the national figures. A region's share follows its latest shipped population
/// (the median of the known ones where it is not known); its districts split it by weights drawn
/// once per unit from the seed, so a unit keeps its size from quarter to quarter, and city
/// districts of Astana, Almaty and Shymkent split theirs nearly evenly. Districts take their share
/// through their latest parent, so a region before the 2018 and 2022 reforms is simply the sum of
/// the districts it had then.
/// </summary>
internal sealed class UnitWeights
{
    private const double UnknownPopulation = 800_000;

    private readonly Dictionary<string, double> _districts;

    private UnitWeights(Dictionary<string, double> districts) => _districts = districts;

    public static UnitWeights From(DimensionSnapshot snapshot, long seed)
    {
        var latest = snapshot.Units.GroupBy(u => u.KatoCode, StringComparer.Ordinal)
            .Select(versions => versions.MaxBy(u => u.ValidFromKey)!)
            .ToList();
        // The shipped figures, not the warehouse's: the same seed writes the same files whatever was imported since.
        var population = FigureFile.ShippedPopulation.Population
            .GroupBy(f => f.KatoCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (double)g.MaxBy(f => f.AsOf)!.Population, StringComparer.Ordinal);
        var fallback = Median(population.Values) ?? UnknownPopulation;
        var byRegion = latest.Where(u => u.Level == 2 && u.ParentKatoCode is not null)
            .GroupBy(u => u.ParentKatoCode!, StringComparer.Ordinal)
            .ToList();
        var national = byRegion.Sum(region => population.GetValueOrDefault(region.Key, fallback));
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var region in byRegion)
        {
            var regionShare = (1 - SampleProfile.RegionOwnShare) * population.GetValueOrDefault(region.Key, fallback) / national;
            var raw = region.ToDictionary(u => u.KatoCode, u => RawWeight(u, seed), StringComparer.Ordinal);
            var sum = raw.Values.Sum();
            foreach (var (kato, weight) in raw)
            {
                weights[kato] = regionShare * weight / sum;
            }
        }

        return new UnitWeights(weights);
    }

    /// <summary>A level-2 unit's share of the national figures.</summary>
    public double District(string kato) => _districts.GetValueOrDefault(kato);

    /// <summary>A region's own share, in proportion to the districts it has at the time.</summary>
    public double RegionOwn(IEnumerable<UnitVersionRow> districts) =>
        SampleProfile.RegionOwnShare / (1 - SampleProfile.RegionOwnShare) * districts.Sum(d => District(d.KatoCode));

    private static double RawWeight(UnitVersionRow unit, long seed)
    {
        var random = SampleRandom.For(seed, SampleStream.Weights, SampleRandom.KatoKey(unit.KatoCode));
        return unit.UnitKind switch
        {
            UnitKinds.CityDistrict => random.Uniform(0.85, 1.15),
            UnitKinds.CityRegional => random.LogUniform(0.6, 3.0),
            _ => random.LogUniform(0.35, 2.0),
        };
    }

    private static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? null : (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }
}
