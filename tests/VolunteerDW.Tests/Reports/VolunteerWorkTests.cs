using VolunteerDW.Reports.SemiAnnual;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Tests.Reports;

/// <summary>The value of volunteer work in the semi-annual report, worked out by hand from the fixed dataset's returns.</summary>
[Collection(SharedReportDataset.Name)]
public sealed class VolunteerWorkTests(ReportDataset dataset)
{
    // The shipped wage figure that counts for both quarters of 2026 H1: the latest average monthly
    // nominal wage published for a period ended by then, 2025 Q3 (warehouse/ReferenceData/wages.csv).
    private const long MonthlyWage = 429_368;

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Hours_per_volunteer_full_time_equivalents_and_value_in_tenge_are_the_hand_worked_figures(WarehouseEngine engine)
    {
        var harness = await dataset.OnAsync(engine);
        var programmes = HalfYear.Parse("2026H1").Quarters.SelectMany(ReportDataset.Returns).SelectMany(r => r.Programmes).ToList();
        var hours = programmes.Sum(p => p.VolunteerHours ?? 0);
        var both = programmes.Where(p => p.VolunteerHours is not null && p.Volunteers is not null).ToList();

        var report = await new SemiAnnualBuilder(harness.Warehouse.Connections, ReportDataset.Generated).BuildAsync(HalfYear.Parse("2026H1"));

        Assert.True(hours > 0);
        Assert.Equal(hours, report.Work.Hours);
        Assert.Equal((double)both.Sum(p => p.VolunteerHours!.Value) / both.Sum(p => p.Volunteers!.Value), report.Work.HoursPerVolunteer!.Value, 9);
        // 40 hours a week, 13 weeks a quarter, two quarters.
        Assert.Equal(hours / 1040.0, report.Work.FullTimeEquivalents!.Value, 9);
        // An hour at a month's wage over a third of a quarter's 520 full-time hours.
        Assert.Equal(hours * MonthlyWage * 3.0 / 520, report.Work.ReplacementValueKzt!.Value, 3);
        var line = report.Tables["volunteer_work"].Rows[0];
        Assert.Equal((long)Math.Round(hours * MonthlyWage * 3.0 / 520), line[4]);
        Assert.Equal((40, 520, 1040), (report.Valuation.FullTimeWeekHours, report.Valuation.FullTimeQuarterHours, report.Valuation.FullTimeHours));
        var wage = Assert.Single(report.Valuation.Wages);
        Assert.Equal((MonthlyWage, 20253, 2025), (wage.MonthlyWageKzt, wage.PeriodQuarterKey, wage.PeriodYear));
        Assert.StartsWith("BNS, average monthly nominal wage, Q3 2025", wage.Source, StringComparison.Ordinal);
    }
}
