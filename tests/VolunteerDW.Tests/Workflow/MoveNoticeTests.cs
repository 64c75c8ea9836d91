using VolunteerDW.Etl.Loading;
using VolunteerDW.Etl.Notices;
using VolunteerDW.Etl.Workflow;
using VolunteerDW.Tests.Notices;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Tests.Workflow;

/// <summary>
/// Each move tells whom it concerns, in the move's own transaction and in each reader's language:
/// the district what its region did, the ministry of a package waiting, the region what the ministry
/// did; a refused move tells nobody; the reason a person wrote goes in the body, never a header.
/// </summary>
public sealed class MoveNoticeTests
{
    private const string Abai = "100000000", Semey = "101000000";
    private static readonly Quarter Q2 = Quarter.Parse("2026Q2");

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_people_a_move_concerns_are_told_in_their_language_and_nobody_else(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine, FixedTime.At(2026, 7, 3));
        var warehouse = harness.Warehouse;
        await NoticeData.AddAccountAsync(warehouse, "semey.kk", "Әсел", PortalRoles.DistrictOfficer, Semey, "kk", "asel@semey.kz");
        await NoticeData.AddAccountAsync(warehouse, "semey.ru", "Иван", PortalRoles.DistrictOfficer, Semey, "ru", "ivan@semey.kz");
        await NoticeData.AddAccountAsync(warehouse, "semey.nomail", "Без почты", PortalRoles.DistrictOfficer, Semey, "ru", null);
        await NoticeData.AddAccountAsync(warehouse, "abai", "Ольга", PortalRoles.RegionalOfficer, Abai, "ru", "olga@abai.kz");
        await NoticeData.AddAccountAsync(warehouse, "analyst", "Дана", PortalRoles.MinistryAnalyst, null, "kk", "dana@minis.kz");
        var region = new WorkflowActor("abai", PortalRoles.RegionalOfficer, Abai, "Ольга Петрова");
        var ministry = new WorkflowActor("analyst", PortalRoles.MinistryAnalyst, null, "Дана");
        var workflow = new ReturnWorkflow(warehouse.Connections, harness.Time);
        await harness.LoadAsync(new LoadOptions { Sender = new WorkflowActor("semey.kk", PortalRoles.DistrictOfficer, Semey) },
            new ReturnBuilder(Semey, "2026Q2").SentOn(new DateOnly(2026, 7, 3)).WriteTo(harness.Folder, "semey.xlsx"));

        Assert.False((await workflow.MoveAsync(ministry, WorkflowMoves.Accepted, Semey, Q2, null)).Done);
        Assert.Empty(await NoticeData.OutboxAsync(warehouse));

        var returned = await workflow.MoveAsync(region, WorkflowMoves.Returned, Semey, Q2, "Строка 3 не сходится.\r\nBcc: evil@example.com");
        var told = await NoticeData.OutboxAsync(warehouse);
        Assert.Equal([($"move:{returned.MoveKey}:semey.kk", "kk"), ($"move:{returned.MoveKey}:semey.ru", "ru")],
            told.Select(m => (m.DedupKey, m.Language)).Order());
        Assert.All(told, m => Assert.Equal(MailKinds.Returned, m.Kind));
        Assert.All(told, m => Assert.Contains("Строка 3 не сходится.", m.Body, StringComparison.Ordinal));
        Assert.All(told, m => Assert.DoesNotContain("\n", m.Subject, StringComparison.Ordinal));
        Assert.Contains("Семей", told.Single(m => m.Language == "ru").Subject, StringComparison.Ordinal);

        // The region's own return and package: the ministry is told the package waits, the region that it came back.
        await harness.LoadAsync(new LoadOptions { Sender = region },
            new ReturnBuilder(Abai, "2026Q2", isRegion: true).SentOn(new DateOnly(2026, 7, 3)).WriteTo(harness.Folder, "abai.xlsx"));
        Assert.True((await workflow.MoveAsync(region, WorkflowMoves.PackageSent, Abai, Q2, null)).Done);
        Assert.Equal(("analyst", "kk"), (await LastAsync(warehouse, MailKinds.PackageAwaiting)).Single());
        Assert.True((await workflow.MoveAsync(ministry, WorkflowMoves.PackageReturned, Abai, Q2, "Нет свода по району.")).Done);
        Assert.Equal(("abai", "ru"), (await LastAsync(warehouse, MailKinds.PackageReturned)).Single());
        Assert.Equal(4, (await NoticeData.OutboxAsync(warehouse)).Count);
    }

    private static async Task<List<(string User, string Language)>> LastAsync(TestWarehouse warehouse, string kind) =>
        [.. (await NoticeData.OutboxAsync(warehouse)).Where(m => m.Kind == kind).Select(m => (m.RecipientUser, m.Language))];
}
