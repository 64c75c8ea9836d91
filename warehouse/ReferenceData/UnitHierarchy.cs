using System.Globalization;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Warehouse.ReferenceData;

/// <summary>
/// Builds the type-2 history of every administrative unit from the shipped reference files:
/// regions come with their own versions; a district gets a version per region it has belonged
/// to, from <c>region_transfers.csv</c> (the 2018 and 2022 reforms).
/// </summary>
internal static class UnitHierarchy
{
    public const string CountryKato = "000000000";

    public static IReadOnlyList<UnitVersion> Build(ReferenceFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var regions = files.Regions.Select(RegionVersion).ToList();
        var cityRegions = regions.Where(r => r.UnitKind == UnitKinds.CityRepublican).Select(r => r.KatoCode).ToHashSet();
        var transfers = files.RegionTransfers.ToDictionary(
            row => Required(row, "to_region_kato"),
            row => (From: Required(row, "from_region_kato"), Date: DateOnly.ParseExact(Required(row, "effective_from"), "yyyy-MM-dd", CultureInfo.InvariantCulture)));

        var districts = files.Districts.SelectMany(row => DistrictVersions(row, cityRegions, transfers));
        var country = new UnitVersion(CountryKato, null, 0, UnitKinds.Country, "Қазақстан Республикасы", "Республика Казахстан",
            "Republic of Kazakhstan", UnitVersion.OpenStart, UnitVersion.OpenEnd);

        return [.. new[] { country }.Concat(regions).Concat(districts)
            .OrderBy(u => u.Level).ThenBy(u => u.KatoCode, StringComparer.Ordinal).ThenBy(u => u.ValidFromKey)];
    }

    private static UnitVersion RegionVersion(IReadOnlyDictionary<string, string?> row) => new(
        Required(row, "kato_code"),
        CountryKato,
        1,
        Required(row, "kind") == "city" ? UnitKinds.CityRepublican : UnitKinds.Oblast,
        Required(row, "name_kk"),
        Required(row, "name_ru"),
        row["name_en"],
        row["valid_from"] is { } from ? DateKey(DateOnly.ParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture)) : UnitVersion.OpenStart,
        row["valid_to"] is { } to ? DateKey(DateOnly.ParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture)) : UnitVersion.OpenEnd);

    private static IEnumerable<UnitVersion> DistrictVersions(
        IReadOnlyDictionary<string, string?> row,
        HashSet<string> cityRegions,
        Dictionary<string, (string From, DateOnly Date)> transfers)
    {
        var region = Required(row, "region_kato");
        var kind = (Required(row, "kind"), cityRegions.Contains(region)) switch
        {
            ("city", _) => UnitKinds.CityRegional,
            (_, true) => UnitKinds.CityDistrict,
            _ => UnitKinds.District,
        };
        var current = new UnitVersion(Required(row, "kato_code"), region, 2, kind, Required(row, "name_kk"), Required(row, "name_ru"),
            null, UnitVersion.OpenStart, UnitVersion.OpenEnd);
        if (!transfers.TryGetValue(region, out var transfer))
        {
            yield return current;
            yield break;
        }

        yield return current with { ParentKatoCode = transfer.From, ValidToKey = DateKey(transfer.Date.AddDays(-1)) };
        yield return current with { ValidFromKey = DateKey(transfer.Date) };
    }

    private static int DateKey(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    private static string Required(IReadOnlyDictionary<string, string?> row, string field) =>
        row.TryGetValue(field, out var value) && value is not null
            ? value
            : throw new InvalidDataException($"Reference data row lacks '{field}'.");
}
