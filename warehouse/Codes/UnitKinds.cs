namespace VolunteerDW.Warehouse.Codes;

/// <summary>
/// What an administrative unit is (<c>dim_region.unit_kind</c>): the country; a region — an oblast,
/// or a city of republican significance (Almaty, Shymkent, the capital); a district, a city of
/// regional significance, or a district of a city of republican significance.
/// </summary>
public static class UnitKinds
{
    /// <summary>The list's name in <c>dim_code_label</c>.</summary>
    public const string List = "unit_kind";

    public const string Country = "country", Oblast = "oblast", CityRepublican = "city_republican";

    public const string District = "district", CityRegional = "city_regional", CityDistrict = "city_district";

    /// <summary>Every code, in the order the lists sort them.</summary>
    public static IReadOnlyList<string> All { get; } = [Country, Oblast, CityRepublican, District, CityRegional, CityDistrict];
}
