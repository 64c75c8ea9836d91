using System.Globalization;
using VolunteerDW.Reports.Data;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Reports.Analysis;

/// <summary>
/// The value of the volunteer work of a period (ILO Manual on the Measurement of Volunteer Work,
/// 2011), from its programmes' hours and each quarter's valuation (<c>v_work_valuation</c>, where
/// full time and the hourly wage are set): full-time equivalents are the hours over the full-time
/// hours of the period's quarters; the replacement-cost value is each quarter's hours at that
/// quarter's hourly wage. Null means it cannot be said: no hours reported, or a quarter with hours
/// and no wage figure.
/// </summary>
public sealed record WorkValue(long? Hours, double? HoursPerVolunteer, double? FullTimeEquivalents, double? ReplacementValueKzt)
{
    /// <summary>The value of some quarters' work (of one region, if given).</summary>
    public static WorkValue Of(IReadOnlyList<Quarter> quarters, IEnumerable<ProgrammeRow> programmes, IReadOnlyList<ValuationRow> valuations, string? regionKato = null)
    {
        ArgumentNullException.ThrowIfNull(quarters);
        ArgumentNullException.ThrowIfNull(valuations);
        var rows = programmes.Where(r => quarters.Any(q => q.Key == r.QuarterKey) && (regionKato is null || r.RegionKato == regionKato)).ToList();
        var hours = PeriodFigures.Sum(rows, r => r.VolunteerHours);
        if (hours is null)
        {
            return new WorkValue(null, null, null, null);
        }

        var counted = PeriodFigures.Sum(rows, r => r.VolunteersWithHours);
        var byQuarter = valuations.ToDictionary(v => v.QuarterKey);
        var fullTime = quarters.Sum(q => byQuarter[q.Key].FullTimeQuarterHours);
        // A quarter without hours adds nothing, wage figure or not; one with hours and no wage makes the value unknown.
        double? value = 0;
        foreach (var quarter in rows.GroupBy(r => r.QuarterKey))
        {
            if (PeriodFigures.Sum(quarter, r => r.VolunteerHours) is { } quarterHours and > 0)
            {
                value += quarterHours * byQuarter[quarter.Key].HourlyWageKzt;
            }
        }

        return new WorkValue(
            hours,
            counted is > 0 ? (double)PeriodFigures.Sum(rows, r => r.HoursWithVolunteers)!.Value / counted.Value : null,
            (double)hours.Value / fullTime,
            value);
    }
}

/// <summary>What a period's volunteer work is counted and valued by, as the method section states it.</summary>
/// <param name="FullTimeWeekHours">Full time, in hours a week.</param>
/// <param name="FullTimeQuarterHours">Full time in a quarter, in hours: a month's wage over a third of it is the hourly wage.</param>
/// <param name="FullTimeHours">Full time over the whole period, in hours: what its full-time equivalents divide by.</param>
/// <param name="Wages">Each distinct wage figure its quarters are valued at.</param>
public sealed record ValuationBasis(int FullTimeWeekHours, int FullTimeQuarterHours, int FullTimeHours, IReadOnlyList<WageBasis> Wages)
{
    public static ValuationBasis Of(IReadOnlyList<Quarter> quarters, IReadOnlyList<ValuationRow> valuations)
    {
        ArgumentNullException.ThrowIfNull(quarters);
        var rows = quarters.Select(q => valuations.Single(v => v.QuarterKey == q.Key)).ToList();
        return new ValuationBasis(rows[0].FullTimeWeekHours, rows[0].FullTimeQuarterHours, rows.Sum(v => v.FullTimeQuarterHours),
            [.. rows.Where(v => v.MonthlyWageKzt is not null).DistinctBy(v => (v.WagePeriod, v.MonthlyWageKzt)).Select(WageBasis.Of)]);
    }
}

/// <summary>A wage figure an hour of volunteer work is valued at: the measure, its period (a quarter, yyyyq, or a year), the monthly and hourly wage, and the source.</summary>
public sealed record WageBasis(Label Measure, int? PeriodQuarterKey, int PeriodYear, long MonthlyWageKzt, double HourlyWageKzt, string Source)
{
    public static WageBasis Of(ValuationRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var period = row.WagePeriod!;
        // As published: "2025" for a year, "2025Q3" for a quarter (yyyyq 20253).
        int? quarterKey = period.Length == 6 ? int.Parse(period.Remove(4, 1), CultureInfo.InvariantCulture) : null;
        return new WageBasis(new Label(row.WageMeasureNameKk!, row.WageMeasureNameRu!, row.WageMeasureNameRu!), quarterKey,
            int.Parse(period[..4], CultureInfo.InvariantCulture), row.MonthlyWageKzt!.Value, row.HourlyWageKzt!.Value, row.WageSource!);
    }
}
