using Dapper;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using VolunteerDW.Etl.Service;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Warehouse;

/// <summary>
/// What a value is must not depend on the engine. SQL Server adds an INT column's SUM as INT (and
/// fails past 2,147,483,647) where SQLite adds in 64 bits; a decimal literal is NUMERIC there and
/// REAL here; DATETIME2(0) rounds a fraction of a second that SQLite keeps. The statements say
/// their types, and every instant is cut to the second before it is written.
/// </summary>
public sealed class EngineTypeTests
{
    public static TheoryData<string> Statements() => [.. ProductStatements.Portable.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Statements))]
    public void Every_sum_adds_in_64_bits_and_no_number_is_typed_by_the_engine(string name)
    {
        var statement = ProductStatements.Portable.Single(s => s.Name == name);
        var visitor = new TypeVisitor();

        TSql.Parse(statement.Sql, name).Accept(visitor);

        Assert.True(visitor.Problems.Count == 0, $"{name}:\n{string.Join("\n", visitor.Problems)}");
    }

    [Fact]
    public void The_type_check_finds_a_sum_a_decimal_literal_and_an_average_of_integers()
    {
        var visitor = new TypeVisitor();

        TSql.Parse("SELECT SUM(people), SUM(CAST(people AS BIGINT)), SUM(CAST(people AS FLOAT)), SUM(CAST(people AS INT)), AVG(people), AVG(CAST(people AS FLOAT)), people * 1.0 FROM fact_subjects", "example").Accept(visitor);

        Assert.Equal(4, visitor.Problems.Count);
    }

    [Fact]
    public void A_stored_instant_is_UTC_cut_to_the_second_never_rounded_up()
    {
        var instant = new DateTimeOffset(2026, 7, 8, 10, 59, 59, 999, TimeSpan.FromHours(5)).AddTicks(9999);

        var stored = StoredTime.Of(instant);

        Assert.Equal(new DateTime(2026, 7, 8, 5, 59, 59, DateTimeKind.Utc), stored);
        Assert.Equal(DateTimeKind.Utc, stored.Kind);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_load_at_a_fraction_of_a_second_stores_every_instant_to_the_whole_second(WarehouseEngine engine)
    {
        var time = new FixedTime(new DateTimeOffset(2026, 7, 8, 4, 0, 0, 750, TimeSpan.Zero));
        await using var harness = await LoadHarness.CreateAsync(engine, time);

        await harness.LoadOneAsync(new ReturnBuilder().WriteTo(harness.Folder));

        // The file was written after the clock's now, so it counts as received now.
        var stored = await harness.QueryAsync<DateTime>(
            """
            SELECT started_at_utc FROM etl_run UNION ALL SELECT finished_at_utc FROM etl_run
            UNION ALL SELECT received_at_utc FROM dim_submission UNION ALL SELECT loaded_at_utc FROM dim_submission
            UNION ALL SELECT evaluated_at_utc FROM fact_submission_timeliness
            """);
        Assert.True(stored.Count >= 5);
        Assert.All(stored, instant => Assert.Equal(new DateTime(2026, 7, 8, 4, 0, 0), instant));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_job_run_at_a_fraction_of_a_second_is_stored_to_the_whole_second(WarehouseEngine engine)
    {
        var time = new FixedTime(new DateTimeOffset(2026, 7, 8, 4, 0, 0, 750, TimeSpan.Zero));
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        var history = new JobHistory(warehouse.Connections, time);

        var key = await history.StartAsync("inbox", time.Now.AddMilliseconds(-500), catchUp: false);
        await history.FinishAsync(key, JobOutcome.Done("nothing"));

        await using var connection = await warehouse.Connections.OpenAsync();
        var stored = (await connection.QueryAsync<(DateTime, DateTime, DateTime)>("SELECT scheduled_for_utc, started_at_utc, finished_at_utc FROM etl_job_run")).Single();
        var second = new DateTime(2026, 7, 8, 4, 0, 0);
        Assert.Equal((second, second, second), stored);
    }

    private sealed class TypeVisitor : TSqlFragmentVisitor
    {
        public List<string> Problems { get; } = [];

        public override void ExplicitVisit(FunctionCall node)
        {
            var name = node.FunctionName.Value.ToUpperInvariant();
            // A sum of fractions (full-time equivalents, values in tenge) says so with CAST(… AS FLOAT).
            if (name == "SUM" && !IsCastTo(node, SqlDataTypeOption.BigInt) && !IsCastTo(node, SqlDataTypeOption.Float))
            {
                Problems.Add($"line {node.StartLine}: SUM must add CAST(… AS BIGINT) (or CAST(… AS FLOAT) for fractions), or SQL Server adds an INT column as INT.");
            }

            if (name == "AVG" && !IsCastTo(node, SqlDataTypeOption.Float))
            {
                Problems.Add($"line {node.StartLine}: AVG must average CAST(… AS FLOAT), or SQL Server averages integers as an integer.");
            }

            base.ExplicitVisit(node);
        }

        public override void ExplicitVisit(NumericLiteral node) =>
            Problems.Add($"line {node.StartLine}: the decimal literal {node.Value} is NUMERIC on SQL Server and REAL on SQLite; CAST to FLOAT instead.");

        private static bool IsCastTo(FunctionCall call, SqlDataTypeOption type) =>
            call.Parameters is [CastCall { DataType: SqlDataTypeReference reference }] && reference.SqlDataTypeOption == type;
    }
}
