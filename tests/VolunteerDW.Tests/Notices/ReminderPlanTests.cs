using VolunteerDW.Etl.Notices;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Tests.Notices;

/// <summary>The reminders' calendar, from the plan alone: who is told what on which day, across year ends, and nothing on the other days.</summary>
public sealed class ReminderPlanTests
{
    private static readonly UnitVersionRow Region = Unit("100000000", null, 2, "Абай облысы");
    private static readonly UnitVersionRow Semey = Unit("101000000", "100000000", 1, "Семей қаласы");
    private static readonly UnitVersionRow Kurchatov = Unit("101800000", "100000000", 1, "Курчатов қаласы");
    private static readonly UnitVersionRow Abai = Unit("103200000", "100000000", 1, "Абай ауданы");
    private static readonly UnitVersionRow Akmola = Unit("110000000", null, 2, "Ақмола облысы");

    [Fact]
    public void With_seven_days_before_the_fourth_quarters_district_reminder_goes_on_29_December()
    {
        var plan = ReminderPlan.For(new DateOnly(2026, 12, 29), 7, q => Facts(q));

        Assert.Equal(
            [(MailKinds.Reminder, "2026Q4", 1, new DateOnly(2027, 1, 5), "101000000"), (MailKinds.Reminder, "2026Q4", 1, new DateOnly(2027, 1, 5), "101800000"),
             (MailKinds.Reminder, "2026Q4", 1, new DateOnly(2027, 1, 5), "103200000")],
            plan.Select(Summary));
        Assert.Empty(ReminderPlan.For(new DateOnly(2026, 12, 28), 7, q => Facts(q)));
        Assert.Empty(ReminderPlan.For(new DateOnly(2026, 12, 30), 7, q => Facts(q)));
        // The region deadline of 10 January, seven days ahead on the 3rd.
        Assert.Equal(["100000000", "110000000"], ReminderPlan.For(new DateOnly(2027, 1, 3), 7, q => Facts(q)).Select(p => p.Addressee!.KatoCode));
    }

    [Fact]
    public void A_district_that_sent_gets_no_reminder_and_one_whose_return_came_back_gets_one_saying_so()
    {
        var facts = Facts(new Quarter(2027, 1), sent: ["101000000", "101800000"], states: new() { ["101800000"] = WorkflowStates.ReturnedToDistrict });

        var plan = ReminderPlan.For(new DateOnly(2027, 4, 2), 3, _ => facts);

        Assert.Equal([("101800000", true), ("103200000", false)], plan.Select(p => (p.Addressee!.KatoCode, p.Returned)));
    }

    [Fact]
    public void A_region_whose_package_is_with_the_ministry_gets_no_reminder_and_one_returned_or_never_sent_gets_one()
    {
        var facts = Facts(new Quarter(2027, 1), states: new() { ["100000000"] = WorkflowStates.AwaitingMinistry, ["110000000"] = WorkflowStates.ReturnedToRegion });
        Assert.Equal(["110000000"], ReminderPlan.For(new DateOnly(2027, 4, 7), 3, _ => facts).Select(p => p.Addressee!.KatoCode));

        var accepted = Facts(new Quarter(2027, 1), states: new() { ["100000000"] = WorkflowStates.AcceptedByMinistry, ["110000000"] = WorkflowStates.Open });
        Assert.Equal(["110000000"], ReminderPlan.For(new DateOnly(2027, 4, 7), 3, _ => accepted).Select(p => p.Addressee!.KatoCode));
    }

    [Fact]
    public void The_day_after_each_deadline_the_late_units_go_to_their_region_and_the_late_regions_to_the_ministry()
    {
        var facts = Facts(new Quarter(2026, 4), sent: ["101000000"], states: new() { ["110000000"] = WorkflowStates.AwaitingMinistry });

        var districts = Assert.Single(ReminderPlan.For(new DateOnly(2027, 1, 6), 3, _ => facts));
        var regions = Assert.Single(ReminderPlan.For(new DateOnly(2027, 1, 11), 3, _ => facts));

        Assert.Equal((MailKinds.LateUnits, 1, "100000000"), (districts.Kind, districts.Occasion.Tier, districts.Addressee!.KatoCode));
        Assert.Equal(["101800000", "103200000"], districts.Units.Select(u => u.KatoCode));
        Assert.Equal((MailKinds.LateUnits, 2, (UnitVersionRow?)null), (regions.Kind, regions.Occasion.Tier, regions.Addressee));
        Assert.Equal(["100000000"], regions.Units.Select(u => u.KatoCode));
        Assert.True(districts.Occasion.Passed && regions.Occasion.Passed);
    }

    [Fact]
    public void Over_a_whole_year_something_goes_only_on_the_days_before_and_after_each_deadline()
    {
        var expected = Quarter.Range(new Quarter(2026, 4), new Quarter(2027, 3))
            .SelectMany(q => new[] { q.Tier1Deadline.AddDays(-3), q.Tier1Deadline.AddDays(1), q.Tier2Deadline.AddDays(-3), q.Tier2Deadline.AddDays(1) });

        var days = Enumerable.Range(0, 365).Select(i => new DateOnly(2027, 1, 1).AddDays(i))
            .Where(day => ReminderPlan.For(day, 3, q => Facts(q)).Count > 0).ToList();

        Assert.Equal(expected.Order(), days);
        Assert.Equal(16, days.Count);
    }

    private static QuarterFacts Facts(Quarter quarter, string[]? sent = null, Dictionary<string, string>? states = null) =>
        new(quarter, [Region, Semey, Kurchatov, Abai, Akmola], (sent ?? []).ToHashSet(StringComparer.Ordinal), states ?? []);

    private static (string, string, int, DateOnly, string) Summary(PlannedNotice p) =>
        (p.Kind, p.Occasion.Quarter.ToString(), p.Occasion.Tier, p.Occasion.Deadline, p.Addressee!.KatoCode);

    private static UnitVersionRow Unit(string kato, string? parent, int tier, string name) => new()
    {
        KatoCode = kato,
        ParentKatoCode = parent,
        RegionKato = parent ?? kato,
        Level = tier == 2 ? 1 : 2,
        ReportingTier = tier,
        NameKk = name,
        NameRu = name,
        ValidFromKey = 20000101,
        ValidToKey = 99991231,
        IsCurrent = true,
    };
}
