using VolunteerDW.Etl.Staging;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Migrations;

namespace VolunteerDW.Tests.Loading;

public sealed class StagedTableTests
{
    [Fact]
    public void A_tables_statement_names_each_value_after_its_column_and_row()
    {
        var table = new StagedTable<(long A, string B)>("t").Number("a", r => r.A).Text("b", r => r.B);

        Assert.Equal("INSERT INTO t (a, b)\nVALUES (@a_0, @b_0)", table.Insert(1));
        Assert.Equal("INSERT INTO t (a, b)\nVALUES (@a_0, @b_0),\n       (@a_1, @b_1)", table.Insert(2));
    }

    [Theory]
    [InlineData("Title")]
    [InlineData("title; DROP TABLE t")]
    [InlineData("[title]")]
    [InlineData("1st")]
    [InlineData("")]
    public void A_column_name_that_is_not_a_plain_lower_case_SQL_name_is_refused(string name) =>
        Assert.Throws<ArgumentException>(() => new StagedTable<string>("t").Text(name, r => r));

    [Fact]
    public void A_column_declared_twice_is_refused() =>
        Assert.Throws<ArgumentException>(() => new StagedTable<string>("t").Text("a", r => r).Text("a", r => r));

    [Fact]
    public void Each_staging_table_is_declared_with_every_column_the_migrations_give_it_and_no_other()
    {
        var tables = TSql.TablesDefinedBy(MigrationScripts.For(WarehouseEngine.SqlServer).Select(s => (s.Contents, s.Name)));

        Assert.Equal(tables.Keys.Where(t => t.StartsWith("stg_", StringComparison.Ordinal)).Order(StringComparer.Ordinal),
            StagingDeclarations.All.Select(d => d.Table).Order(StringComparer.Ordinal));
        Assert.All(StagingDeclarations.All, declared =>
            Assert.Equal(tables[declared.Table].Keys.Order(StringComparer.Ordinal), declared.Columns.Order(StringComparer.Ordinal)));
    }
}
