using System.Globalization;
using Dapper;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.ReferenceData;

namespace VolunteerDW.Tests.Warehouse;

/// <summary>The region dimension answers "where did this unit belong on that date" as history says.</summary>
public sealed class RegionHistoryTests
{
    private const string ParentOnDate =
        """
        SELECT parent.name_en
        FROM dim_region AS unit
        JOIN dim_region AS parent
            ON parent.kato_code = unit.parent_kato_code
           AND @day BETWEEN parent.valid_from_key AND parent.valid_to_key
        WHERE unit.kato_code = @kato
          AND @day BETWEEN unit.valid_from_key AND unit.valid_to_key
        """;

    private const string NameOnDate =
        "SELECT name_en FROM dim_region WHERE kato_code = @kato AND @day BETWEEN valid_from_key AND valid_to_key";

    public static TheoryData<string, int, string> SemeyRegionByDate => new()
    {
        { "101000000", 20211231, "East Kazakhstan Region" },
        { "101000000", 20230331, "Abai Region" },
        { "101000000", 20220607, "East Kazakhstan Region" },
        { "101000000", 20220608, "Abai Region" },
    };

    [Theory, SqliteEngine(nameof(SemeyRegionByDate)), SqlServerEngine(nameof(SemeyRegionByDate))]
    public async Task Semey_belonged_to_East_Kazakhstan_until_Abai_region_was_formed(string kato, int day, string region, WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        await using var connection = await warehouse.Connections.OpenAsync();

        Assert.Equal(region, await connection.QuerySingleAsync<string>(ParentOnDate, new { kato, day }));
    }

    public static TheoryData<int, string> CapitalNameByDate => new()
    {
        { 20180101, "Astana" },
        { 20200630, "Nur-Sultan" },
        { 20230630, "Astana" },
    };

    [Theory, SqliteEngine(nameof(CapitalNameByDate)), SqlServerEngine(nameof(CapitalNameByDate))]
    public async Task The_capital_has_the_name_it_had_on_each_date(int day, string name, WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        await using var connection = await warehouse.Connections.OpenAsync();

        Assert.Equal(name, await connection.QuerySingleAsync<string>(NameOnDate, new { kato = "710000000", day }));
    }

    public static TheoryData<string, string, int> RegionsFormedIn2022 => new()
    {
        { "100000000", "East Kazakhstan Region", 10 },
        { "330000000", "Almaty Region", 10 },
        { "620000000", "Karaganda Region", 5 },
    };

    [Theory, SqliteEngine(nameof(RegionsFormedIn2022)), SqlServerEngine(nameof(RegionsFormedIn2022))]
    public async Task Every_unit_of_the_2022_regions_belonged_to_its_predecessor_before_2022_06_08(string region, string predecessor, int units, WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        await using var connection = await warehouse.Connections.OpenAsync();
        var katos = (await connection.QueryAsync<string>(
            "SELECT kato_code FROM dim_region WHERE parent_kato_code = @region AND is_current = 1", new { region })).ToList();

        Assert.Equal(units, katos.Count);
        foreach (var kato in katos)
        {
            Assert.Equal(predecessor, await connection.QuerySingleAsync<string>(ParentOnDate, new { kato, day = 20220607 }));
            Assert.Equal(
                await connection.QuerySingleAsync<string>("SELECT name_en FROM dim_region WHERE kato_code = @region", new { region }),
                await connection.QuerySingleAsync<string>(ParentOnDate, new { kato, day = 20220608 }));
        }
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Turkistan_and_Shymkent_units_lay_in_South_Kazakhstan_before_2018_06_19(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        await using var connection = await warehouse.Connections.OpenAsync();
        var katos = await connection.QueryAsync<string>(
            "SELECT kato_code FROM dim_region WHERE parent_kato_code IN ('610000000', '790000000') AND is_current = 1");

        Assert.Equal(21, katos.Count());
        foreach (var kato in katos)
        {
            Assert.Equal("South Kazakhstan Region", await connection.QuerySingleAsync<string>(ParentOnDate, new { kato, day = 20180618 }));
        }
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_seed_holds_all_20_regions_and_220_units_as_shipped(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        await using var connection = await warehouse.Connections.OpenAsync();

        Assert.Equal(20, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM dim_region WHERE level = 1 AND is_current = 1"));
        Assert.Equal(220, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM dim_region WHERE level = 2 AND is_current = 1"));
        Assert.Equal(26, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM dim_region WHERE level = 1"));
        var current = (await connection.QueryAsync<(string Kato, string Region, string NameRu)>(
            "SELECT kato_code, parent_kato_code, name_ru FROM dim_region WHERE level = 2 AND is_current = 1"))
            .ToHashSet();
        var shipped = Csv.Read(File.ReadAllText(RepoPaths.Of("warehouse", "ReferenceData", "districts.csv")));
        Assert.Equal(220, shipped.Count);
        Assert.All(shipped, row => Assert.Contains((row["kato_code"]!, row["region_kato"]!, row["name_ru"]!), current));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Every_shipped_population_figure_is_seeded_with_its_date_and_the_units_view_gives_the_latest(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        await using var connection = await warehouse.Connections.OpenAsync();
        var seeded = (await connection.QueryAsync<(string Kato, long AsOf, long Population)>(
            "SELECT kato_code, as_of_key, population FROM ref_population ORDER BY kato_code, as_of_key")).ToList();
        var latest = (await connection.QueryAsync<(string Kato, long? Population)>("SELECT unit_kato, population FROM v_units WHERE level = 1")).ToDictionary(r => r.Kato, r => r.Population);

        var shipped = Csv.Read(File.ReadAllText(RepoPaths.Of("warehouse", "ReferenceData", "population.csv")));
        Assert.Equal(shipped.Select(row => (row["kato_code"]!, long.Parse(row["as_of"]!.Replace("-", "", StringComparison.Ordinal), CultureInfo.InvariantCulture), long.Parse(row["population"]!, CultureInfo.InvariantCulture)))
            .OrderBy(r => r.Item1, StringComparer.Ordinal).ThenBy(r => r.Item2), seeded);
        Assert.Equal(19, seeded.Select(r => r.Kato).Distinct().Count());
        Assert.Equal(2347924, latest["750000000"]);
        Assert.Equal(703180, latest["230000000"]);
        Assert.Null(latest["110000000"]);
    }
}
