using VolunteerDW.Etl.BlankReturn;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Tests.BlankReturn;

public sealed class ReportingDeadlineTests
{
    [Theory]
    [InlineData("2026Q3", "2026-10-05", "2026-10-10", "2026 жылғы 5 қазаннан кешіктірмей", "не позднее 10 октября 2026 года")]
    [InlineData("2026Q4", "2027-01-05", "2027-01-10", "2027 жылғы 5 қаңтардан кешіктірмей", "не позднее 10 января 2027 года")]
    [InlineData("2024Q1", "2024-04-05", "2024-04-10", "2024 жылғы 5 сәуірден кешіктірмей", "не позднее 10 апреля 2024 года")]
    [InlineData("2024Q2", "2024-07-05", "2024-07-10", "2024 жылғы 5 шілдеден кешіктірмей", "не позднее 10 июля 2024 года")]
    public void Deadlines_fall_on_the_5th_and_10th_of_the_month_after_the_quarter(string quarter, string tier1, string tier2, string kazakh, string russian)
    {
        var q = Quarter.Parse(quarter);

        Assert.Equal(DateOnly.Parse(tier1, System.Globalization.CultureInfo.InvariantCulture), q.Tier1Deadline);
        Assert.Equal(DateOnly.Parse(tier2, System.Globalization.CultureInfo.InvariantCulture), q.Tier2Deadline);
        Assert.Equal(kazakh, ReportingDeadlines.NoLaterThanKk(q.Tier1Deadline));
        Assert.Equal(russian, ReportingDeadlines.NoLaterThanRu(q.Tier2Deadline));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_calendar_holds_the_same_deadlines_as_the_rule_for_every_quarter(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        await using var connection = await warehouse.Connections.OpenAsync();

        var calendar = (await Dapper.SqlMapper.QueryAsync<(int Quarter, int Tier1, int Tier2)>(connection,
            "SELECT quarter_key, tier1_deadline_key, tier2_deadline_key FROM dim_quarter ORDER BY quarter_key")).ToList();

        Assert.Equal(
            Quarter.Range(Quarter.First, Quarter.Last).Select(q => (q.Key, DateKeys.Of(q.Tier1Deadline), DateKeys.Of(q.Tier2Deadline))),
            calendar);
    }
}
