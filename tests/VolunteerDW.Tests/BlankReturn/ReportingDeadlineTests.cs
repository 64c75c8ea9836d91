using VolunteerDW.Etl.BlankReturn;
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

        Assert.Equal(DateOnly.Parse(tier1, System.Globalization.CultureInfo.InvariantCulture), ReportingDeadlines.Tier1(q));
        Assert.Equal(DateOnly.Parse(tier2, System.Globalization.CultureInfo.InvariantCulture), ReportingDeadlines.Tier2(q));
        Assert.Equal(kazakh, ReportingDeadlines.NoLaterThanKk(ReportingDeadlines.Tier1(q)));
        Assert.Equal(russian, ReportingDeadlines.NoLaterThanRu(ReportingDeadlines.Tier2(q)));
    }
}
