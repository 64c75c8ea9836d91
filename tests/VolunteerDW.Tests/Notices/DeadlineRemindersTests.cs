using Microsoft.Extensions.Time.Testing;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Etl.Notices;
using VolunteerDW.Etl.Service;
using VolunteerDW.Etl.Workflow;
using VolunteerDW.Tests.Service;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Tests.Notices;

/// <summary>
/// The reminders on a warehouse: fired by the real scheduler on a fake clock at 09:00 Kazakhstan
/// time, written once per recipient however often the day is run, and from the warehouse's facts —
/// a district that sent gets nothing, one whose return came back is reminded, the late lists follow.
/// </summary>
public sealed class DeadlineRemindersTests
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_scheduler_fires_the_fourth_quarters_reminder_on_29_December_and_a_second_run_of_the_day_writes_nothing(WarehouseEngine engine)
    {
        var clock = new FakeTimeProvider(KazakhstanTime.At(new DateTime(2026, 12, 28, 12, 0, 0)));
        await using var service = await ServiceHarness.CreateAsync(engine, clock, ("Jobs:inbox:Cron", "off"), ("Jobs:reminders:Cron", "0 0 9 * * ?"), ("Reminders:DaysBefore", "7"));
        await NoticeData.AddAccountAsync(service.Warehouse, "semey", "Әсел", PortalRoles.DistrictOfficer, "101000000", "kk", "asel@semey.kz");
        await NoticeData.AddAccountAsync(service.Warehouse, "kurchatov", "Иван", PortalRoles.DistrictOfficer, "101800000", "ru", "ivan@kurchatov.kz");
        await NoticeData.AddAccountAsync(service.Warehouse, "abai", "Ольга", PortalRoles.RegionalOfficer, "100000000", "ru", "olga@abai.kz");
        using var host = service.BuildHost();
        await host.StartAsync();

        clock.SetUtcNow(KazakhstanTime.At(new DateTime(2026, 12, 29, 9, 0, 0)));
        var runs = await service.WaitForFinishedRunsAsync(1);
        await host.StopAsync();

        var run = Assert.Single(runs, r => r.Job == JobNames.Reminders);
        Assert.Equal(RunOutcomes.Succeeded, run.Outcome);
        var rows = await NoticeData.OutboxAsync(service.Warehouse);
        Assert.Equal(["reminder:20264:101000000:semey", "reminder:20264:101800000:kurchatov"], rows.Select(r => r.DedupKey).Order(StringComparer.Ordinal));
        var kk = rows.Single(r => r.RecipientUser == "semey");
        Assert.Equal(("kk", "Еске салу: 2026 жылғы 4-тоқсан есебінің мерзімі 05.01.2027"), (kk.Language, kk.Subject));
        Assert.Contains("Семей қаласы бірлігінің 2026 жылғы 4-тоқсан есебі әлі жіберілмеген", kk.Body, StringComparison.Ordinal);
        var ru = rows.Single(r => r.RecipientUser == "kurchatov");
        Assert.Equal("Напоминание: срок отчета за 4-й квартал 2026 года — 05.01.2027", ru.Subject);

        var again = await Reminders(service.Warehouse, clock, 7).RunAsync(new DateOnly(2026, 12, 29));
        Assert.Equal(new ReminderRun(Planned: again.Planned, Written: 0), again);
        Assert.Equal(2, (await NoticeData.OutboxAsync(service.Warehouse)).Count);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Who_is_reminded_and_who_is_listed_late_follows_the_returns_and_the_workflow(WarehouseEngine engine)
    {
        var time = FixedTime.At(2027, 4, 2, 9);
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        await NoticeData.AddAccountAsync(warehouse, "semey", "Әсел", PortalRoles.DistrictOfficer, "101000000", "kk", "asel@semey.kz");
        await NoticeData.AddAccountAsync(warehouse, "kurchatov", "Иван", PortalRoles.DistrictOfficer, "101800000", "ru", "ivan@kurchatov.kz");
        await NoticeData.AddAccountAsync(warehouse, "abai-district", "Берік", PortalRoles.DistrictOfficer, "103200000", "ru", "berik@abai.kz");
        await NoticeData.AddAccountAsync(warehouse, "abai", "Ольга", PortalRoles.RegionalOfficer, "100000000", "ru", "olga@abai.kz");
        await NoticeData.AddAccountAsync(warehouse, "analyst", "Дана", PortalRoles.MinistryAnalyst, null, "kk", "dana@minis.kz");
        var semey = new ReturnBuilder("101000000", "2027Q1").SentOn(new DateOnly(2027, 4, 1)).WriteTo(warehouse.Folder);
        var kurchatov = new ReturnBuilder("101800000", "2027Q1").SentOn(new DateOnly(2027, 4, 1)).WriteTo(warehouse.Folder);
        await new SubmissionLoader(warehouse.Connections, new LoadOptions { Time = time }).LoadAsync([semey, kurchatov]);
        await ReturnToDistrictAsync(warehouse, time, "101800000", "2027Q1");
        var reminders = Reminders(warehouse, time, 3);

        await reminders.RunAsync(new DateOnly(2027, 4, 2));
        var rows = (await NoticeData.OutboxAsync(warehouse)).Where(r => r.Kind == MailKinds.Reminder).ToList();
        Assert.Equal(["reminder:20271:101800000:kurchatov", "reminder:20271:103200000:abai-district"], rows.Select(r => r.DedupKey).Order(StringComparer.Ordinal));
        Assert.Contains("возвращен на доработку", rows.Single(r => r.RecipientUser == "kurchatov").Body, StringComparison.Ordinal);

        Assert.Equal(0, (await reminders.RunAsync(new DateOnly(2027, 4, 5))).Planned);
        await reminders.RunAsync(new DateOnly(2027, 4, 6));
        var late = Assert.Single(await NoticeData.OutboxAsync(warehouse), r => r.Kind == MailKinds.LateUnits);
        Assert.Equal(("late:20271:1:100000000:abai", "ru"), (late.DedupKey, late.Language));
        Assert.Contains("- Абайский район (103200000)", late.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("101000000", late.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("101800000", late.Body, StringComparison.Ordinal);

        await reminders.RunAsync(new DateOnly(2027, 4, 7));
        Assert.Contains(await NoticeData.OutboxAsync(warehouse), r => r.DedupKey == "reminder:20271:100000000:abai");
        await reminders.RunAsync(new DateOnly(2027, 4, 11));
        var regions = Assert.Single(await NoticeData.OutboxAsync(warehouse), r => r.DedupKey == "late:20271:2:ministry:analyst");
        Assert.Contains("- Абай облысы (100000000)", regions.Body, StringComparison.Ordinal);
        Assert.StartsWith("2027 жылғы 1-тоқсан: мерзімінде ұсынылмағандар (", regions.Subject, StringComparison.Ordinal);
    }

    private static DeadlineReminders Reminders(TestWarehouse warehouse, TimeProvider time, int daysBefore) =>
        new(warehouse.Connections, time, new ReminderSettings { DaysBefore = daysBefore }, new MailSettings());

    // The region returns the district's return through the workflow, as its officer does in the portal.
    private static async Task ReturnToDistrictAsync(TestWarehouse warehouse, TimeProvider time, string unit, string quarter)
    {
        var region = new WorkflowActor("abai", PortalRoles.RegionalOfficer, "100000000");
        var returned = await new ReturnWorkflow(warehouse.Connections, time).MoveAsync(region, WorkflowMoves.Returned, unit, Quarter.Parse(quarter), "Проверьте строку 3.");
        Assert.True(returned.Done);
    }
}
