using Dapper;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Checks;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Warehouse;

public sealed class DataTestTests
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Every_data_test_passes_on_a_freshly_migrated_warehouse(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);

        var results = await new DataTestRunner(warehouse.Connections).RunAsync();

        Assert.Equal(DataTestCatalog.All.Count, results.Count);
        Assert.All(results, r => Assert.True(r.Passed, $"{r.Test.Name}: {string.Join("; ", r.Examples)}"));
    }

    [Fact]
    public void The_catalogue_covers_keys_relationships_and_region_history()
    {
        var names = DataTestCatalog.All.Select(t => t.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Contains("unique_dim_region_kato_code_valid_from_key", names);
        Assert.Contains("not_null_dim_region_kato_code", names);
        Assert.Contains("relationships_fact_subjects_region_sk", names);
        Assert.Contains("region_one_current_version", names);
        Assert.Contains("region_no_overlapping_versions", names);
        Assert.Contains("region_parent_valid", names);
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

    [Fact]
    public async Task An_orphan_fact_row_is_caught_by_the_relationship_test()
    {
        var failed = await FailuresAfterAsync("relationships_dim_submission_region_sk",
            """
            INSERT INTO etl_run (run_key, run_kind, started_at_utc) VALUES (1, 'test', '2026-07-01 00:00:00');
            INSERT INTO dim_submission (unit_kato, region_sk, quarter_key, tier, version, status, file_name, content_hash,
                                        file_hash, format, submitted_on_key, received_at_utc, received_date_key,
                                        loaded_at_utc, load_run_key)
            VALUES ('101000000', 99999, 20262, 1, 1, 'current', 'x.xlsx', printf('%064d', 1), printf('%064d', 2),
                    'vdw-submission/1', 20260703, '2026-07-03 09:00:00', 20260703, '2026-07-03 09:00:00', 1)
            """,
            enforceForeignKeys: false);

        Assert.Equal(1, failed.Failures);
    }

    [Fact]
    public async Task A_duplicate_key_is_caught_by_the_unique_test()
    {
        // The UNIQUE constraint would refuse the duplicate, so the table is rebuilt without it first.
        var failed = await FailuresAfterAsync("unique_dim_activity_type_code",
            """
            CREATE TABLE activity_copy AS SELECT * FROM dim_activity_type;
            DROP TABLE dim_activity_type;
            CREATE TABLE dim_activity_type AS SELECT * FROM activity_copy;
            INSERT INTO dim_activity_type
            SELECT activity_type_key + 100, code, name_kk, name_ru, name_en, law_type, sort_order
            FROM dim_activity_type WHERE code = 'search';
            """,
            enforceForeignKeys: false);

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
        FailuresAfterAsync(testName,
            """
            INSERT INTO dim_region (kato_code, parent_kato_code, level, unit_kind, reporting_tier, name_kk, name_ru,
                                    valid_from_key, valid_to_key, is_current)
            VALUES (@kato, @parent, 2, 'district', 1, 'Сынақ', 'Тест', @from, @to, @current)
            """,
            new { kato, parent, from, to, current = to == 99991231 ? 1 : 0 });

    private static async Task<DataTestResult> FailuresAfterAsync(string testName, string damage, object? parameters = null, bool enforceForeignKeys = true)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync();
        await using (var connection = await warehouse.Connections.OpenAsync())
        {
            if (!enforceForeignKeys)
            {
                await connection.ExecuteAsync("PRAGMA foreign_keys = OFF;");
            }

            await connection.ExecuteAsync(damage, parameters);
        }

        var test = DataTestCatalog.All.Single(t => t.Name == testName);
        var results = await new DataTestRunner(warehouse.Connections).RunAsync([test]);
        return Assert.Single(results);
    }
}
