using Dapper;
using DbUp.Engine;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Migrations;
using VolunteerDW.Warehouse.Views;

namespace VolunteerDW.Tests.Warehouse;

/// <summary>The reporting views: the same names and columns on both engines, re-created on every deploy.</summary>
public sealed class ViewTests
{
    [Fact]
    public async Task Every_view_has_the_same_columns_in_the_same_order_on_SQLite_as_in_the_SQL_Server_script()
    {
        var tsql = TSql.ViewsDefinedBy(ViewCatalog.Script(SqlDialect.SqlServer), MigrationScripts.ViewsName);
        await using var warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);
        await using var connection = await warehouse.Connections.OpenAsync();

        var sqliteViews = (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name")).ToList();

        Assert.Equal(tsql.Keys.Order(StringComparer.Ordinal), sqliteViews);
        Assert.Equal(ViewCatalog.All.Select(v => v.Name).Order(StringComparer.Ordinal), sqliteViews);
        foreach (var view in sqliteViews)
        {
            var columns = (await connection.QueryAsync<string>("SELECT name FROM pragma_table_info(@view) ORDER BY cid", new { view })).ToList();
            Assert.True(tsql[view].SequenceEqual(columns, StringComparer.Ordinal),
                $"{view}: SQL Server has ({string.Join(", ", tsql[view])}), SQLite ({string.Join(", ", columns)}).");
        }
    }

    [Fact]
    public void The_views_cover_every_analysis_area_with_an_as_received_variant_for_each_fact_view()
    {
        var names = ViewCatalog.All.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(StringComparer.Ordinal)
        {
            "v_subjects", "v_programmes", "v_practices", "v_timeliness", "v_reconciliation", "v_data_quality", "v_calendar", "v_units",
            "v_subjects_as_received", "v_programmes_as_received", "v_practices_as_received",
        }, names);
    }

    [Fact]
    public void The_views_that_carry_places_carry_the_whole_region_and_period_hierarchy_with_kk_and_ru_names()
    {
        var columns = TSql.ViewsDefinedBy(ViewCatalog.Script(SqlDialect.SqlServer), MigrationScripts.ViewsName);

        foreach (var view in new[] { "v_subjects", "v_programmes", "v_practices", "v_timeliness", "v_reconciliation", "v_data_quality", "v_returns" })
        {
            Assert.Superset(ViewCatalog.PlaceColumns.ToHashSet(StringComparer.Ordinal), columns[view].ToHashSet(StringComparer.Ordinal));
            var codes = columns[view].Where(c => c.EndsWith("_code", StringComparison.Ordinal)).ToList();
            Assert.All(codes, code =>
            {
                var stem = code[..^"_code".Length];
                Assert.Contains($"{stem}_name_kk", columns[view]);
                Assert.Contains($"{stem}_name_ru", columns[view]);
            });
        }
    }

    [Fact]
    public void A_variant_that_names_a_condition_the_query_lacks_is_refused_by_name()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => ViewCatalog.Parse("v_demo.sql",
            "-- @variant v_demo_other: r.is_missing = 1 => r.is_other = 1\nSELECT r.a FROM v_returns AS r WHERE r.is_current = 1"));

        Assert.Contains("v_demo.sql", failure.Message, StringComparison.Ordinal);
        Assert.Contains("r.is_missing = 1", failure.Message, StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_calendar_has_every_day_from_2017_to_2040_without_a_gap(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        await using var connection = await warehouse.Connections.OpenAsync();

        var days = (await connection.QueryAsync<string>("SELECT calendar_date FROM v_calendar ORDER BY date_key")).Select(DateOnly.Parse).ToList();

        Assert.Equal(new DateOnly(2017, 1, 1), days[0]);
        Assert.Equal(new DateOnly(2040, 12, 31), days[^1]);
        Assert.Equal(days[^1].DayNumber - days[0].DayNumber + 1, days.Count);
        Assert.Equal(days.Count, days.Distinct().Count());
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Migrating_again_re_creates_a_dropped_view_and_reports_nothing_applied(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        await using (var connection = await warehouse.Connections.OpenAsync())
        {
            await connection.ExecuteAsync("DROP VIEW v_practices_as_received");
        }

        var applied = await new WarehouseMigrator(warehouse.Connections).MigrateAsync();

        Assert.Empty(applied);
        Assert.Equal(1, await ViewCountAsync(warehouse, "v_practices_as_received"));
        Assert.Empty(await new WarehouseMigrator(warehouse.Connections).PendingAsync());
    }

    [Fact]
    public async Task The_service_leaves_an_up_to_date_warehouse_and_its_views_alone_and_migrates_one_that_is_behind()
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);
        await using (var connection = await warehouse.Connections.OpenAsync())
        {
            await connection.ExecuteAsync("DROP VIEW v_units");
        }

        Assert.Empty(await new WarehouseMigrator(warehouse.Connections).MigrateIfBehindAsync());
        Assert.Equal(0, await ViewCountAsync(warehouse, "v_units"));

        var later = new SqlScript("9999_later.sql", "CREATE TABLE later_table (id INTEGER NOT NULL) STRICT;");
        var behind = new WarehouseMigrator(warehouse.Connections,
            [.. MigrationScripts.For(WarehouseEngine.Sqlite), later, MigrationScripts.Views(WarehouseEngine.Sqlite)]);

        Assert.Equal(["9999_later.sql"], await behind.MigrateIfBehindAsync());
        Assert.Equal(1, await ViewCountAsync(warehouse, "v_units"));
    }

    private static async Task<int> ViewCountAsync(TestWarehouse warehouse, string view)
    {
        await using var connection = await warehouse.Connections.OpenAsync();
        return await connection.ExecuteScalarAsync<int>(warehouse.Settings.Engine == WarehouseEngine.Sqlite
            ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'view' AND name = @view"
            : "SELECT COUNT(*) FROM sys.views WHERE name = @view", new { view });
    }
}
