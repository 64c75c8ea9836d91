using System.Globalization;
using Dapper;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;
using VolunteerDW.Warehouse.ReferenceData;

namespace VolunteerDW.Tests.Warehouse;

/// <summary>
/// The example analyst queries (<c>warehouse/Examples</c>) run as shipped on a warehouse loaded
/// with known returns, and their answers equal what the test works out from those returns.
/// </summary>
public sealed class ExampleQueryTests(ExampleDataset data) : IClassFixture<ExampleDataset>
{
    public static TheoryData<string> ExampleFiles() => [.. RepoPaths.Files(".sql", "warehouse", "Examples").Select(Path.GetFileName).OfType<string>()];

    [Theory, SqliteEngine(nameof(ExampleFiles)), SqlServerEngine(nameof(ExampleFiles))]
    public async Task Every_example_runs_and_answers_with_rows(string file, WarehouseEngine engine)
    {
        var rows = await data.RunAsync(engine, file);

        Assert.NotEmpty(rows);
    }

    [Theory, MemberData(nameof(ExampleFiles))]
    public void Every_example_is_one_ordered_select_under_its_question_and_listed_in_the_readme(string file)
    {
        var text = File.ReadAllText(RepoPaths.Of("warehouse", "Examples", file));

        var script = Assert.IsType<TSqlScript>(TSql.Parse(text, file));
        var select = Assert.IsType<SelectStatement>(Assert.Single(Assert.Single(script.Batches).Statements));
        Assert.NotNull(select.QueryExpression.OrderByClause);
        Assert.Matches(@"^-- \S.*\?\r?\n", text);
        Assert.Contains($"({file})", File.ReadAllText(RepoPaths.Of("warehouse", "Examples", "README.md")), StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Volunteers_per_10000_are_the_last_quarters_volunteers_of_each_half_over_the_regions_population(WarehouseEngine engine)
    {
        var rows = (await data.RunAsync(engine, "01_volunteers_per_10000_by_region.sql")).ToDictionary(r => r.Text("region_kato")!, StringComparer.Ordinal);

        Assert.Equal(20, rows.Count);
        foreach (var region in ExampleDataset.Regions)
        {
            var (now, before) = (data.Volunteers(region, new Quarter(2026, 2)), data.Volunteers(region, new Quarter(2025, 4)));
            var row = rows[region];
            Assert.Equal((20261L, 20252L), (row.Whole("this_half_key"), row.Whole("last_half_key")));
            Assert.Equal((now, before), (row.Whole("volunteers_this_half"), row.Whole("volunteers_last_half")));
            Assert.Equal(ShippedPopulation(region, new Quarter(2026, 2)), row.Whole("population"));
            AssertRate(now, ShippedPopulation(region, new Quarter(2026, 2)), row.Number("per_10000_this_half"));
            AssertRate(before, ShippedPopulation(region, new Quarter(2025, 4)), row.Number("per_10000_last_half"));
        }

        // Almaty city has figures as of 2025-01-01 and 2026-01-01: each half takes the one of its time.
        Assert.NotEqual(rows[ExampleDataset.AlmatyCity].Whole("population"), rows[ExampleDataset.AlmatyCity].Whole("population_last_half"));

        Assert.Null(rows[ExampleDataset.Akmola].Number("per_10000_this_half"));
        Assert.NotNull(rows[ExampleDataset.Abai].Number("per_10000_this_half"));
        Assert.All(rows.Values.Where(r => !ExampleDataset.Regions.Contains(r.Text("region_kato"))), r => Assert.Null(r.Whole("volunteers_this_half")));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Regions_late_or_missing_two_quarters_running_are_those_the_received_dates_make_so(WarehouseEngine engine)
    {
        var harness = await data.OnAsync(engine);
        var regions = await harness.QueryAsync<string>("SELECT kato_code FROM dim_region WHERE level = 1 AND is_current = 1");
        var evaluated = ExampleDataset.Loaded;
        var expected = regions
            .SelectMany(region => evaluated.Where(q => evaluated.Contains(q.Previous) && data.LateOrMissing(region, q.Previous) && data.LateOrMissing(region, q))
                .Select(q => $"{region} {q.Key}"))
            .Order(StringComparer.Ordinal).ToList();

        var rows = await data.RunAsync(engine, "02_regions_late_two_quarters_running.sql");

        Assert.Equal(expected, rows.Select(r => $"{r.Text("region_kato")} {r.Whole("quarter_key")}").Order(StringComparer.Ordinal));
        Assert.Contains($"{ExampleDataset.Abai} 20262", expected);
        Assert.DoesNotContain(expected, e => e.StartsWith(ExampleDataset.AlmatyCity, StringComparison.Ordinal));
        var abai = rows.Single(r => r.Text("region_kato") == ExampleDataset.Abai);
        Assert.Equal(("late", 20261L, "late"), (abai.Text("previous_status"), abai.Whole("previous_quarter_key"), abai.Text("status")));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_share_of_actions_with_a_state_partner_counts_the_current_actions_of_the_half(WarehouseEngine engine)
    {
        var actions = data.Current.Where(r => r.Header.Quarter.Year == 2026 && r.Header.Quarter.Half == 1)
            .SelectMany(r => r.Programmes).Where(p => p.Kind == "action").ToList();
        var expected = actions.GroupBy(p => p.ActivityType).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ((string?)g.Key, (long)g.Count(), (long)g.Count(p => p.StatePartner is not null)))
            .Append((null, actions.Count, actions.Count(p => p.StatePartner is not null))).ToList();

        var rows = await data.RunAsync(engine, "03_action_state_partner_share_by_activity.sql");

        Assert.Equal(expected, rows.Select(r => (r.Text("activity_type_code"), r.Whole("actions")!.Value, r.Whole("with_state_partner")!.Value)));
        Assert.All(expected.Zip(rows), p => Assert.Equal(100.0 * p.First.Item3 / p.First.Item2, p.Second.Number("share_percent")!.Value, 0.051));
        Assert.Contains(expected, e => e.Item1 == "search");
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_reconciliation_example_finds_the_one_planted_difference_of_the_latest_quarter(WarehouseEngine engine)
    {
        var row = Assert.Single(await data.RunAsync(engine, "04_reconciliation_differences_latest_quarter.sql"));

        Assert.Equal((20262L, ExampleDataset.AlmatyCity, ExampleDataset.Planted), (row.Whole("quarter_key"), row.Text("region_kato"), row.Whole("subjects_difference")));
        Assert.Equal(row.Whole("summed_subjects") + ExampleDataset.Planted, row.Whole("claimed_subjects"));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_silent_districts_are_every_expected_district_but_those_that_sent_a_return_in_the_four_quarters(WarehouseEngine engine)
    {
        var harness = await data.OnAsync(engine);
        var districts = await harness.ScalarAsync<long>("SELECT COUNT(*) FROM dim_region WHERE reporting_tier = 1 AND is_current = 1");

        var rows = await data.RunAsync(engine, "05_districts_silent_four_quarters.sql");

        Assert.Equal(districts - 2, rows.Count);
        var kurchatov = rows.Single(r => r.Text("unit_kato") == ExampleDataset.Kurchatov);
        Assert.Equal((4L, 4L, 20253L, 20262L), (kurchatov.Whole("quarters_expected"), kurchatov.Whole("quarters_missing"), kurchatov.Whole("first_quarter_key"), kurchatov.Whole("last_quarter_key")));
        Assert.DoesNotContain(rows, r => r.Text("unit_kato") is ExampleDataset.Semey or ExampleDataset.Almaly);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Volunteer_hours_are_summed_per_quarter_of_the_last_four(WarehouseEngine engine)
    {
        var rows = await data.RunAsync(engine, "06_volunteer_hours_by_activity_and_quarter.sql");

        Assert.Equal(new long[] { 20253, 20254, 20261, 20262 }, rows.Select(r => r.Whole("quarter_key")!.Value).Distinct());
        foreach (var quarter in rows.GroupBy(r => r.Whole("quarter_key")!.Value))
        {
            var programmes = data.Current.Where(r => r.Header.Quarter.Key == quarter.Key).SelectMany(r => r.Programmes).ToList();
            Assert.Equal(programmes.Sum(p => p.VolunteerHours), quarter.Sum(r => r.Whole("volunteer_hours")));
            Assert.Equal(programmes.Count, quarter.Sum(r => r.Whole("items")));
            // 520 full-time hours a quarter; an hour at the latest average monthly wage by the quarter's end × 3 / 520.
            var wage = FigureFile.ShippedWages.Wages.Where(w => w.Measure == WageMeasures.AverageNominal && w.To <= new Quarter((int)quarter.Key / 10, (int)quarter.Key % 10).LastDay)
                .MaxBy(w => w.To)!;
            Assert.All(quarter, r => Assert.Equal(wage.Period, r.Text("wage_period")));
            Assert.Equal(programmes.Sum(p => p.VolunteerHours ?? 0) / 520.0, quarter.Sum(r => r.Number("full_time_equivalents") ?? 0), 0.011 * quarter.Count());
            Assert.Equal(programmes.Sum(p => p.VolunteerHours ?? 0) * wage.ValueKzt * 3.0 / 520, quarter.Sum(r => r.Number("replacement_value_kzt") ?? 0), 0.51 * quarter.Count());
        }
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_restatements_are_the_cells_a_correction_after_the_deadline_changed(WarehouseEngine engine)
    {
        var versions = data.Versions(ExampleDataset.Semey, new Quarter(2026, 2));
        var expected = versions[0].Subjects.Zip(versions[^1].Subjects).Where(p => p.First != p.Second)
            .Select(p => $"{ExampleDataset.Semey} 20262 {p.First.SubjectType} {p.First.ActivityType} v1 {p.First.Subjects} {p.First.People} v2 {p.Second.Subjects} {p.Second.People}").ToList();

        var rows = await data.RunAsync(engine, "07_figures_changed_after_the_deadline.sql");

        Assert.Equal(expected, rows.Select(r => $"{r.Text("unit_kato")} {r.Whole("quarter_key")} {r.Text("subject_type_code")} {r.Text("activity_type_code")} " +
            $"v{r.Whole("version_as_received")} {r.Whole("subjects_as_received")} {r.Whole("people_as_received")} v{r.Whole("version_now")} {r.Whole("subjects_now")} {r.Whole("people_now")}"));
        Assert.Single(expected);
        Assert.Equal(ExampleDataset.Recount, Assert.Single(rows).Whole("subjects_change"));
    }

    // The shipped figure that counts for a quarter, worked out here on its own: the latest dated by
    // the quarter's end, else the earliest.
    private static long? ShippedPopulation(string kato, Quarter quarter)
    {
        var figures = FigureFile.ShippedPopulation.Population.Where(f => f.KatoCode == kato).ToList();
        return (figures.Where(f => f.AsOf <= quarter.LastDay).MaxBy(f => f.AsOf) ?? figures.MinBy(f => f.AsOf))?.Population;
    }

    // The query rounds to two decimals; the rate worked out here is exact.
    private static void AssertRate(long? volunteers, long? population, double? actual)
    {
        if (volunteers is { } v && population is > 0)
        {
            Assert.Equal(v * 10000.0 / population.Value, actual!.Value, 0.0051);
        }
        else
        {
            Assert.Null(actual);
        }
    }
}

/// <summary>
/// Returns for 2024Q4 and 2025Q2–2026Q2 with every figure set here: Abai (Semey; Kurchatov, which
/// sends only 2024Q4 and 2025Q2), Almaty city (Almaly district) and Akmola (no population known).
/// Abai's return reaches the ministry late in 2026Q1 and 2026Q2, Almaty city's in 2026Q1 only;
/// Semey corrects 2026Q2 after its deadline, Almaly 2026Q1 before it; Almaty city's 2026Q2 claim is
/// off by <see cref="Planted"/>. Loaded once, on 1 August 2026.
/// </summary>
public sealed class ExampleDataset : SharedWarehouse
{
    public const string Abai = "100000000", Semey = "101000000", Kurchatov = "101800000";
    public const string AlmatyCity = "750000000", Almaly = "751110000", Akmola = "110000000";
    public const long Planted = 7, Recount = 25;

    public static readonly string[] Regions = [Abai, AlmatyCity, Akmola];

    /// <summary>The quarters loaded, so evaluated for timeliness: 2025Q1 is not, which breaks every run.</summary>
    public static readonly Quarter[] Loaded = [new Quarter(2024, 4), .. Quarter.Range(new Quarter(2025, 2), new Quarter(2026, 2))];

    private static readonly Dictionary<string, (string Region, long Base)> Units = new(StringComparer.Ordinal)
    {
        [Abai] = (Abai, 40), [Semey] = (Abai, 300), [Kurchatov] = (Abai, 90), [AlmatyCity] = (AlmatyCity, 60), [Almaly] = (AlmatyCity, 500), [Akmola] = (Akmola, 150),
    };

    // Days after the quarter's end the ministry received a region's return; the deadline is the 10th.
    private static readonly Dictionary<(string, int), int> RegionReceived = new()
    {
        [(Abai, 20261)] = 15, [(Abai, 20262)] = 25, [(AlmatyCity, 20261)] = 12,
    };

    private readonly List<(ReturnBuilder Return, DateOnly Received)> _loaded = [];

    /// <summary>The version of each return the reports count: the last one loaded.</summary>
    public IEnumerable<ReturnBuilder> Current => _loaded.GroupBy(l => (l.Return.Header.UnitKato, l.Return.Header.Quarter)).Select(g => g.Last().Return);

    public ExampleDataset()
    {
        foreach (var quarter in Loaded)
        {
            List<string> units = quarter < new Quarter(2025, 3) ? [Kurchatov] : [.. Units.Keys.Where(u => u != Kurchatov)];
            _loaded.AddRange(units.Select(u => (Return(u, quarter), quarter.LastDay.AddDays(u == Units[u].Region ? RegionReceived.GetValueOrDefault((u, quarter.Key), 8) : 3))));
        }

        Correct(Almaly, new Quarter(2026, 1), new DateOnly(2026, 4, 4), r => r.Subjects[2] = r.Subjects[2] with { Subjects = 5 });
        Correct(Semey, new Quarter(2026, 2), new DateOnly(2026, 7, 20), r =>
        {
            r.Subjects[0] = r.Subjects[0] with { Subjects = r.Subjects[0].Subjects + Recount, People = r.Subjects[0].People + Recount };
            r.Programmes.Add(new Programme(6, "action", "Іздеу жасағы", "search", r.Header.Quarter.FirstDay.AddDays(20), r.Header.Quarter.FirstDay.AddDays(21), "ТЖД", 8, 2, 40, null));
        });
        foreach (var region in _loaded.Where(l => l.Return.IsRegion).Select(l => l.Return))
        {
            region.Consolidated = ReturnBuilder.ConsolidationOf(Current.Where(r => r.Header.Quarter == region.Header.Quarter && Units[r.Header.UnitKato].Region == region.Header.UnitKato));
        }

        var almaty = Current.Single(r => r.Header.UnitKato == AlmatyCity && r.Header.Quarter == Loaded[^1]);
        almaty.Consolidated[0] = almaty.Consolidated[0] with { Subjects = almaty.Consolidated[0].Subjects + Planted };
    }

    /// <summary>Every version of a unit's return for a quarter, in the order loaded.</summary>
    public IReadOnlyList<ReturnBuilder> Versions(string kato, Quarter quarter) =>
        [.. _loaded.Select(l => l.Return).Where(r => r.Header.UnitKato == kato && r.Header.Quarter == quarter)];

    /// <summary>Volunteers (subjects of type volunteer) in the current returns of a region's territory in a quarter.</summary>
    public long? Volunteers(string kato, Quarter quarter) =>
        Current.Where(r => r.Header.Quarter == quarter && (r.Header.UnitKato == kato || Units[r.Header.UnitKato].Region == kato))
            .SelectMany(r => r.Subjects).Where(s => s.SubjectType == "volunteer").Select(s => s.Subjects)
            .Aggregate((long?)null, (sum, v) => v is null ? sum : (sum ?? 0) + v);

    /// <summary>Whether a region's return reached the ministry after the 10th, or not at all.</summary>
    public bool LateOrMissing(string region, Quarter quarter) =>
        _loaded.Where(l => l.Return.Header.UnitKato == region && l.Return.Header.Quarter == quarter).Select(l => (DateOnly?)l.Received).FirstOrDefault()
            is not { } received || received > quarter.LastDay.AddDays(10);

    public async Task<List<ResultRow>> RunAsync(WarehouseEngine engine, string file)
    {
        await using var connection = await (await OnAsync(engine)).Warehouse.Connections.OpenAsync();
        await using var reader = await connection.ExecuteReaderAsync(File.ReadAllText(RepoPaths.Of("warehouse", "Examples", file)));
        var rows = new List<ResultRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new ResultRow(Enumerable.Range(0, reader.FieldCount)
                .ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i), StringComparer.Ordinal)));
        }

        return rows;
    }

    protected override async Task<LoadHarness> LoadAsync(WarehouseEngine engine)
    {
        var harness = await LoadHarness.CreateAsync(engine, FixedTime.At(2026, 8, 1));
        foreach (var (builder, received) in _loaded)
        {
            var path = builder.WriteTo(harness.Folder, $"{builder.Header.UnitKato}_{builder.Header.Quarter}_{builder.Header.SubmittedOn:MMdd}.xlsx");
            var at = ReceivedTime.At(KazakhstanTime.At(received.ToDateTime(new TimeOnly(11, 0))));
            var report = await harness.LoadAsync(new LoadOptions { Received = at }, path);
            Assert.True(report.AllAccepted, $"{path} was rejected.");
        }

        return harness;
    }

    private static ReturnBuilder Return(string kato, Quarter quarter)
    {
        var (region, size) = Units[kato];
        var volunteers = size + (10 * quarter.Number) + (40 * (quarter.Year - 2025));
        var start = quarter.FirstDay.AddDays(10);
        var partner = quarter.Number % 2 == 0 || kato == region ? "Аудан әкімдігі" : null;
        var builder = new ReturnBuilder(kato, quarter.ToString(), isRegion: kato == region)
        {
            Subjects =
            [
                new SubjectCount(3, "volunteer", "social_assistance", volunteers / 3 * 2, volunteers / 3 * 2, 5),
                new SubjectCount(4, "volunteer", "environment", volunteers / 3, volunteers / 3, 0),
                new SubjectCount(5, "volunteer_group", "social_assistance", 4, 35, null),
            ],
            Programmes =
            [
                new Programme(3, "action", "Таза аула", "environment", start, start, partner, 20 + quarter.Number, 100, 80 + size, null),
                new Programme(4, "action", "Азық-түлік жинау", "social_assistance", start.AddDays(5), start.AddDays(5), null, 10, 40, 30, null),
                new Programme(5, "project", "Қарттарға көмек", "social_services", quarter.FirstDay, quarter.LastDay, "Әкімдік", 12, 60, null, 250000),
            ],
        };
        builder.Header = builder.Header with { SubmittedOn = quarter.LastDay.AddDays(kato == region ? 7 : 3) };
        return builder;
    }

    private void Correct(string kato, Quarter quarter, DateOnly sent, Action<ReturnBuilder> change)
    {
        var corrected = Return(kato, quarter);
        corrected.Header = corrected.Header with { SubmittedOn = sent };
        change(corrected);
        _loaded.Add((corrected, sent.AddDays(1)));
    }
}

/// <summary>One row of a query's answer, by column name.</summary>
public sealed record ResultRow(IReadOnlyDictionary<string, object?> Values)
{
    public string? Text(string column) => Values[column]?.ToString();

    public long? Whole(string column) => Values[column] is { } value ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : null;

    public double? Number(string column) => Values[column] is { } value ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : null;
}
