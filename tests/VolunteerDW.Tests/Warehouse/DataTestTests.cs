using Dapper;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Checks;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Migrations;

namespace VolunteerDW.Tests.Warehouse;

public sealed class DataTestTests
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Every_data_test_passes_on_a_freshly_migrated_warehouse(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);

        var results = await new DataTestRunner(warehouse.Connections).RunAsync();

        Assert.Equal(TSqlKeys.SqlServerDataTests.Select(t => t.Name), results.Select(r => r.Test.Name));
        Assert.All(results, r => Assert.True(r.Passed, $"{r.Test.Name}: {string.Join("; ", r.Examples)}"));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_catalogue_covers_keys_relationships_and_region_history_but_not_what_the_engines_always_enforce(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);

        var names = (await CatalogueAsync(warehouse)).Select(t => t.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Contains("unique_dim_region_region_sk", names);
        Assert.Contains("unique_dim_region_kato_code_valid_from_key", names);
        Assert.Contains("unique_fact_subjects_submission_key_subject_type_key_activity_type_key", names);
        Assert.Contains("relationships_fact_subjects_region_sk", names);
        Assert.Contains("relationships_dim_submission_superseded_by_key", names);
        Assert.Contains("region_one_current_version", names);
        Assert.Contains("region_no_overlapping_versions", names);
        Assert.Contains("region_parent_valid", names);
        // The filtered index on current versions is region_one_current_version's to state; NOT NULL holds on every write.
        Assert.DoesNotContain("unique_dim_region_kato_code", names);
        Assert.DoesNotContain(names, n => n.StartsWith("not_null_", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.Contains(WarehouseMigrator.JournalTable, StringComparison.Ordinal));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_key_a_migration_adds_is_tested_without_being_declared_anywhere_else(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        await using (var connection = await warehouse.Connections.OpenAsync())
        {
            await connection.ExecuteAsync(
                """
                CREATE TABLE fact_pledge (
                    pledge_key     INTEGER NOT NULL PRIMARY KEY,
                    region_sk      INTEGER NOT NULL REFERENCES dim_region (region_sk),
                    quarter_key    INTEGER NOT NULL,
                    pledge_code    TEXT    NOT NULL,
                    UNIQUE (quarter_key, pledge_code),
                    FOREIGN KEY (quarter_key) REFERENCES dim_quarter
                ) STRICT;
                """);
        }

        var tests = (await CatalogueAsync(warehouse)).ToDictionary(t => t.Name);

        Assert.Contains("unique_fact_pledge_pledge_key", tests.Keys);
        Assert.Contains("unique_fact_pledge_quarter_key_pledge_code", tests.Keys);
        Assert.Equal("fact_pledge.region_sk refers to an existing dim_region.region_sk", tests["relationships_fact_pledge_region_sk"].Description);
        // Written without the parent's column, the key refers to the parent's primary key.
        Assert.Equal("fact_pledge.quarter_key refers to an existing dim_quarter.quarter_key", tests["relationships_fact_pledge_quarter_key"].Description);
    }

    [Fact]
    public async Task Overlapping_versions_of_a_unit_are_caught()
    {
        var failed = await FailuresAfterAddingVersionAsync("region_no_overlapping_versions", "101000000", "630000000", 20200101, 20201231);

        Assert.Equal(1, failed.Failures);
        Assert.Contains("kato_code=101000000", failed.Examples[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_district_dated_before_its_region_existed_is_caught()
    {
        // Ulytau region exists from 2022-06-08; a version under it from 2020 has no valid parent.
        var failed = await FailuresAfterAddingVersionAsync("region_parent_valid", "999900000", "620000000", 20200101, 99991231);

        Assert.Equal(1, failed.Failures);
        Assert.Contains("day_key=20200101", failed.Examples[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_district_outliving_its_region_is_caught()
    {
        // South Kazakhstan region ended on 2018-06-18; a district under it until 2019 is left without a parent.
        var failed = await FailuresAfterAddingVersionAsync("region_parent_valid", "999900000", "510000000", 20170101, 20191231);

        Assert.Equal(1, failed.Failures);
        Assert.Contains("day_key=20180619", failed.Examples[0], StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_row_written_while_its_foreign_key_was_not_checked_is_caught(WarehouseEngine engine)
    {
        // SQLite checks foreign keys only on connections that ask (most tools do not); on SQL Server
        // a constraint switched off with NOCHECK lets the row in and is still in the catalogue.
        var switchOff = engine == WarehouseEngine.Sqlite
            ? "PRAGMA foreign_keys = OFF;"
            : "ALTER TABLE dbo.fact_region_claim NOCHECK CONSTRAINT fk_fact_region_claim_submission;";
        var failed = await FailuresAfterAsync(engine, "relationships_fact_region_claim_submission_key",
            $"""
            {switchOff}
            INSERT INTO fact_region_claim (submission_key, subject_type_key, activity_type_key, region_sk, quarter_key, source_row)
            SELECT 99999, (SELECT MIN(subject_type_key) FROM dim_subject_type), (SELECT MIN(activity_type_key) FROM dim_activity_type),
                   (SELECT MIN(region_sk) FROM dim_region), 20262, 1;
            """);

        Assert.Equal(1, failed.Failures);
        Assert.Equal("submission_key=99999", failed.Examples[0]);
    }

    [Fact]
    public async Task A_duplicate_key_is_caught_by_the_unique_test()
    {
        // SQLite refuses a duplicate while the key exists, so the table is rebuilt without it; the
        // test is taken from the warehouse as migrated, since the rebuilt table no longer has the key.
        var failed = await FailuresAfterAsync(WarehouseEngine.Sqlite, "unique_dim_activity_type_code",
            """
            PRAGMA foreign_keys = OFF;
            CREATE TABLE activity_copy AS SELECT * FROM dim_activity_type;
            DROP TABLE dim_activity_type;
            CREATE TABLE dim_activity_type AS SELECT * FROM activity_copy;
            INSERT INTO dim_activity_type
            SELECT activity_type_key + 100, code, name_kk, name_ru, name_en, law_type, sort_order
            FROM dim_activity_type WHERE code = 'search';
            """,
            testsBeforeDamage: true);

        Assert.Equal(1, failed.Failures);
        Assert.Contains("code=search", failed.Examples[0], StringComparison.Ordinal);
    }

    [Theory, SqlServerEngine]
    public async Task A_duplicate_let_in_past_a_disabled_unique_index_is_caught(WarehouseEngine engine)
    {
        var failed = await FailuresAfterAsync(engine, "unique_dim_activity_type_code",
            """
            ALTER INDEX uq_dim_activity_type_code ON dbo.dim_activity_type DISABLE;
            INSERT INTO dim_activity_type (activity_type_key, code, name_kk, name_ru, name_en, law_type, sort_order)
            SELECT activity_type_key + 100, code, name_kk, name_ru, name_en, law_type, sort_order
            FROM dim_activity_type WHERE code = N'search';
            """);

        Assert.Equal(1, failed.Failures);
        Assert.Contains("code=search", failed.Examples[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_regional_analyst_mapped_to_a_district_or_a_mistyped_code_is_caught_and_a_region_passes()
    {
        var failed = await FailuresAfterAsync("security_maps_users_to_current_regions",
            """
            INSERT INTO sec_user_region (user_name, region_kato, granted_at_utc) VALUES
                ('abai_analyst', '100000000', '2026-07-01 00:00:00'),
                ('semey_analyst', '101000000', '2026-07-01 00:00:00'),
                ('typo_analyst', '100000001', '2026-07-01 00:00:00');
            """);

        Assert.Equal(2, failed.Failures);
        Assert.Contains(failed.Examples, e => e.Contains("user_name=semey_analyst", StringComparison.Ordinal));
        Assert.Contains(failed.Examples, e => e.Contains("user_name=typo_analyst", StringComparison.Ordinal));
    }

    private static Task<DataTestResult> FailuresAfterAddingVersionAsync(string testName, string kato, string parent, int from, int to) =>
        FailuresAfterAsync(WarehouseEngine.Sqlite, testName,
            """
            INSERT INTO dim_region (kato_code, parent_kato_code, level, unit_kind, reporting_tier, name_kk, name_ru,
                                    valid_from_key, valid_to_key, is_current)
            VALUES (@kato, @parent, 2, 'district', 1, 'Сынақ', 'Тест', @from, @to, @current)
            """,
            new { kato, parent, from, to, current = to == 99991231 ? 1 : 0 });

    private static Task<DataTestResult> FailuresAfterAsync(string testName, string damage) =>
        FailuresAfterAsync(WarehouseEngine.Sqlite, testName, damage);

    /// <summary>Damages a migrated warehouse, then runs one of its data tests, as derived from the damaged warehouse unless told otherwise.</summary>
    private static async Task<DataTestResult> FailuresAfterAsync(
        WarehouseEngine engine, string testName, string damage, object? parameters = null, bool testsBeforeDamage = false)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        var before = testsBeforeDamage ? await CatalogueAsync(warehouse) : null;
        await using (var connection = await warehouse.Connections.OpenAsync())
        {
            await connection.ExecuteAsync(damage, parameters);
        }

        var test = (before ?? await CatalogueAsync(warehouse)).Single(t => t.Name == testName);
        var results = await new DataTestRunner(warehouse.Connections).RunAsync([test]);
        return Assert.Single(results);
    }

    private static async Task<IReadOnlyList<DataTest>> CatalogueAsync(TestWarehouse warehouse)
    {
        await using var connection = await warehouse.Connections.OpenAsync();
        return await DataTestCatalog.ForAsync(connection, warehouse.Settings.Engine);
    }
}
