using VolunteerDW.Etl.Loading;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Loading;

public sealed class LoaderTests
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_district_return_loads_as_version_one_with_every_row_and_blank_kept_apart_from_zero(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var builder = new ReturnBuilder();

        var result = await harness.LoadOneAsync(builder.WriteTo(harness.Folder));

        Assert.Equal(LoadOutcome.Loaded, result.Outcome);
        Assert.Equal(1, result.Version);
        Assert.Equal(4 + 2 + 3, result.FactRows);
        Assert.Equal(("current", 1L, 1L), (await harness.QueryAsync<(string, long, long)>(
            "SELECT status, version, tier FROM dim_submission WHERE unit_kato = '101000000' AND quarter_key = 20262")).Single());
        Assert.Equal(204, await harness.ScalarAsync<long>("SELECT SUM(subjects) FROM fact_subjects"));
        Assert.Equal(1, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM fact_subjects WHERE new_subjects IS NULL"));
        Assert.Equal(2, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM fact_subjects WHERE new_subjects = 0"));
        Assert.Equal(1, await harness.ScalarAsync<long>("SELECT SUM(in_partnership) FROM fact_programme"));
        Assert.Equal(250000, await harness.ScalarAsync<long>("SELECT SUM(funding_kzt) FROM fact_programme"));
        Assert.Equal("civic_initiatives", await harness.ScalarAsync<string>("SELECT proposal_area FROM fact_practice WHERE practice_kind = 'proposal'"));
        Assert.Equal(0, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM stg_programme"));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_unit_name_is_for_people_not_compared_with_the_units_code_and_may_be_200_characters_long(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var path = new ReturnBuilder("101000000").Cell("submission", "C3", "Алматы қаласы / город Алматы".PadRight(200, '.')).WriteTo(harness.Folder);

        Assert.Equal(LoadOutcome.Loaded, (await harness.LoadOneAsync(path)).Outcome);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_unit_is_joined_to_the_version_valid_at_its_quarters_end(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine, FixedTime.At(2022, 7, 20));

        await harness.LoadOneAsync(new ReturnBuilder("101000000", "2022Q1").WriteTo(harness.Folder));
        await harness.LoadOneAsync(new ReturnBuilder("101000000", "2022Q2").WriteTo(harness.Folder));

        var parents = await harness.QueryAsync<(long Quarter, string Parent)>(
            "SELECT s.quarter_key, r.parent_kato_code FROM dim_submission s JOIN dim_region r ON r.region_sk = s.region_sk ORDER BY s.quarter_key");
        Assert.Equal([(20221L, "630000000"), (20222L, "100000000")], parents);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_same_file_twice_changes_nothing_and_says_already_loaded(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var path = new ReturnBuilder().WriteTo(harness.Folder);
        await harness.LoadOneAsync(path);
        var before = await harness.FiguresAsync();

        var again = await harness.LoadOneAsync(path);

        Assert.Equal(LoadOutcome.AlreadyLoaded, again.Outcome);
        Assert.Equal(1, again.Version);
        Assert.Equal(before, await harness.FiguresAsync());
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_same_content_saved_again_with_rows_in_another_order_is_already_loaded(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var builder = new ReturnBuilder();
        await harness.LoadOneAsync(builder.WriteTo(harness.Folder, "first.xlsx"));
        builder.Subjects.Reverse();
        builder.Subjects = [.. builder.Subjects.Select((r, i) => r with { SourceRow = 3 + i })];

        var again = await harness.LoadOneAsync(builder.WriteTo(harness.Folder, "resaved.xlsx"));

        Assert.Equal(LoadOutcome.AlreadyLoaded, again.Outcome);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_corrected_version_supersedes_the_current_one_and_history_keeps_the_old(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var builder = new ReturnBuilder();
        await harness.LoadOneAsync(builder.WriteTo(harness.Folder, "v1.xlsx"));
        builder.Subjects[0] = builder.Subjects[0] with { Subjects = 150, People = 150 };

        var corrected = await harness.LoadOneAsync(builder.WriteTo(harness.Folder, "v2.xlsx"));

        Assert.Equal((LoadOutcome.Loaded, 2), (corrected.Outcome, corrected.Version));
        const string current = "SELECT SUM(f.subjects) FROM fact_subjects f JOIN dim_submission s ON s.submission_key = f.submission_key WHERE s.status = 'current'";
        Assert.Equal(234, await harness.ScalarAsync<long>(current));
        Assert.Equal(204, await harness.ScalarAsync<long>(
            "SELECT SUM(f.subjects) FROM fact_subjects f JOIN dim_submission s ON s.submission_key = f.submission_key WHERE s.version = 1"));
        var versions = await harness.QueryAsync<(long Version, string Status, long? SupersededBy)>(
            "SELECT version, status, superseded_by_key FROM dim_submission ORDER BY version");
        Assert.Equal([(1L, "superseded", (long?)2), (2L, "current", null)], versions);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Counts_typed_as_text_with_spaces_or_non_breaking_spaces_between_thousands_are_numbers(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var path = new ReturnBuilder()
            .Cell("subjects", "C3", "1 234")
            .Cell("subjects", "D3", "1\u00A0234")
            .Cell("subjects", "E3", " 12 ")
            .WriteTo(harness.Folder);

        Assert.Equal(LoadOutcome.Loaded, (await harness.LoadOneAsync(path)).Outcome);
        Assert.Equal((1234L, 1234L, 12L), (await harness.QueryAsync<(long, long, long)>(
            "SELECT subjects, people, new_subjects FROM fact_subjects WHERE source_row = 3")).Single());
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Codes_chosen_from_the_templates_drop_downs_carry_their_label_and_still_load(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var path = new ReturnBuilder()
            .Cell("subjects", "A3", "volunteer — Волонтер / Волонтер")
            .Cell("subjects", "B3", "social_assistance — Әлеуметтік көмек / Социальная помощь")
            .WriteTo(harness.Folder);

        Assert.Equal(LoadOutcome.Loaded, (await harness.LoadOneAsync(path)).Outcome);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Dates_may_be_spreadsheet_dates_or_text_in_either_common_form(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var path = new ReturnBuilder()
            .Cell("programmes", "D3", "2026-06-10")
            .Cell("programmes", "E3", "10.06.2026")
            .WriteTo(harness.Folder);

        Assert.Equal(LoadOutcome.Loaded, (await harness.LoadOneAsync(path)).Outcome);
        Assert.Equal((20260610L, 20260610L), (await harness.QueryAsync<(long, long)>(
            "SELECT start_date_key, end_date_key FROM fact_programme WHERE source_row = 3")).Single());
    }
}
