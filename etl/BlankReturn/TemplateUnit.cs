using System.Globalization;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.BlankReturn;

/// <summary>
/// Which unit a blank return is for: the version of the unit valid at the quarter's end, if it is
/// one that files returns — for `vdw template` and the portal's download alike.
/// </summary>
public static class TemplateUnit
{
    /// <summary>The version of the unit valid at the quarter's end, if it is one that files returns.</summary>
    public static UnitVersionRow Resolve(DimensionSnapshot snapshot, string kato, Quarter quarter)
    {
        if (!snapshot.IsKnownUnit(kato))
        {
            throw new WarehouseConfigurationException($"unknown unit '{kato}': give the 9-digit KATO code of a district, city or region.");
        }

        var endKey = DateKeys.Of(quarter.LastDay);
        if (snapshot.UnitAt(kato, endKey) is not { } unit)
        {
            var versions = snapshot.Units.Where(u => u.KatoCode == kato).ToList();
            var lifetime = endKey < versions[0].ValidFromKey
                ? $"it exists from {Iso(versions[0].ValidFromKey)}"
                : $"it existed until {Iso(versions[^1].ValidToKey)}";
            throw new WarehouseConfigurationException(
                $"unit {kato} ({versions[^1].NameRu}) did not exist at the end of {quarter} ({Iso(endKey)}): {lifetime}.");
        }

        return unit.ReportingTier is null
            ? throw new WarehouseConfigurationException($"{kato} ({unit.NameRu}) files no quarterly return: give the code of a district, city or region.")
            : unit;
    }

    private static string Iso(int dateKey) =>
        DateOnly.ParseExact(dateKey.ToString(CultureInfo.InvariantCulture), "yyyyMMdd", CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
