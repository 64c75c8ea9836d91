using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.ReferenceData;

namespace VolunteerDW.Tests.Warehouse;

public sealed class ReferenceDataTests
{
    [Fact]
    public void Csv_reads_quoted_fields_with_commas_quotes_and_line_breaks_and_blank_fields_as_null()
    {
        var rows = Csv.Read("code,name,note\r\na,\"Social, help\",\"said \"\"yes\"\"\nand more\"\r\nb,,\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal("Social, help", rows[0]["name"]);
        Assert.Equal("said \"yes\"\nand more", rows[0]["note"]);
        Assert.Null(rows[1]["name"]);
        Assert.Null(rows[1]["note"]);
    }

    [Fact]
    public void Literals_escape_quotes_and_mark_Unicode_on_SQL_Server()
    {
        Assert.Equal("N'Қожа''Ахмет'", SqlDialect.SqlServer.Literal("Қожа'Ахмет"));
        Assert.Equal("'Қожа''Ахмет'", SqlDialect.Sqlite.Literal("Қожа'Ахмет"));
        Assert.Equal("NULL", SqlDialect.Sqlite.Literal((string?)null));
    }

    [Fact]
    public void A_district_of_a_region_formed_by_a_reform_gets_one_version_per_parent()
    {
        var semey = UnitHierarchy.Build(ReferenceFiles.Shipped).Where(u => u.KatoCode == "101000000").ToList();

        Assert.Equal(
            [("630000000", UnitVersion.OpenStart, 20220607, false), ("100000000", 20220608, UnitVersion.OpenEnd, true)],
            semey.Select(u => (u.ParentKatoCode, u.ValidFromKey, u.ValidToKey, u.IsCurrent)));
        Assert.All(semey, u => Assert.Equal("city_regional", u.UnitKind));
    }

    [Fact]
    public void City_districts_of_republican_cities_are_told_apart_from_rural_districts()
    {
        var units = UnitHierarchy.Build(ReferenceFiles.Shipped).Where(u => u.Level == 2 && u.IsCurrent).ToList();

        Assert.Equal(16, units.Count(u => u.UnitKind == "city_district"));
        Assert.Equal(38, units.Count(u => u.UnitKind == "city_regional"));
        Assert.Equal(166, units.Count(u => u.UnitKind == "district"));
    }
}
