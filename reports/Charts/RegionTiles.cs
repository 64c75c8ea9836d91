namespace VolunteerDW.Reports.Charts;

/// <summary>
/// Where each region's square sits on a tile map: columns west to east, rows north to south,
/// roughly as the regions lie on the map of Kazakhstan. Squares need no boundary data, and a
/// region formed or renamed keeps a place of its own (the regions of 2022 included).
/// </summary>
public static class RegionTiles
{
    /// <summary>The place of each region by its KATO code.</summary>
    public static IReadOnlyDictionary<string, (int Column, int Row)> Places { get; } = new Dictionary<string, (int, int)>(StringComparer.Ordinal)
    {
        ["270000000"] = (0, 0), // West Kazakhstan
        ["150000000"] = (1, 0), // Aktobe
        ["390000000"] = (2, 0), // Kostanay
        ["590000000"] = (3, 0), // North Kazakhstan
        ["550000000"] = (4, 0), // Pavlodar
        ["230000000"] = (0, 1), // Atyrau
        ["620000000"] = (2, 1), // Ulytau
        ["110000000"] = (3, 1), // Akmola
        ["710000000"] = (4, 1), // Astana
        ["630000000"] = (5, 1), // East Kazakhstan
        ["470000000"] = (0, 2), // Mangystau
        ["430000000"] = (1, 2), // Kyzylorda
        ["350000000"] = (3, 2), // Karaganda
        ["100000000"] = (4, 2), // Abai
        ["330000000"] = (5, 2), // Zhetisu
        ["610000000"] = (1, 3), // Turkistan
        ["510000000"] = (1, 3), // South Kazakhstan, until 2018 where Turkistan region and Shymkent are now
        ["310000000"] = (2, 3), // Zhambyl
        ["190000000"] = (3, 3), // Almaty region
        ["750000000"] = (4, 3), // Almaty
        ["790000000"] = (1, 4), // Shymkent
    };

    /// <summary>How many columns and rows the map has.</summary>
    public static (int Columns, int Rows) Size { get; } = (Places.Values.Max(p => p.Column) + 1, Places.Values.Max(p => p.Row) + 1);
}
