using VolunteerDW.Etl.Notices;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Notices;

/// <summary>The outbox is written in the caller's transaction, once per dedup key; recipients are the enabled accounts of a unit or the ministry that have an address.</summary>
public sealed class MailOutboxTests
{
    private static readonly DateTimeOffset Now = new(2027, 4, 2, 5, 0, 0, TimeSpan.Zero);

    private static readonly OutgoingMail Message = new("move:1:semey", MailKinds.Accepted, "semey", "asel@semey.kz", "kk", "Тақырып", "Мәтін");

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_transaction_rolled_back_leaves_no_message(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        await using (var connection = await warehouse.Connections.OpenAsync())
        await using (var transaction = await warehouse.Connections.BeginWriteAsync(connection))
        {
            Assert.Equal(1, await MailOutbox.EnqueueAsync(transaction, [Message], Now));
            await transaction.RollbackAsync();
        }

        Assert.Empty(await NoticeData.OutboxAsync(warehouse));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_same_dedup_key_twice_writes_one_message(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        Assert.Equal(1, await EnqueueAsync(warehouse, Message, Message with { Subject = "Басқа" }));
        Assert.Equal(0, await EnqueueAsync(warehouse, Message));
        Assert.Equal(1, await EnqueueAsync(warehouse, Message with { DedupKey = "move:2:semey" }));

        var rows = await NoticeData.OutboxAsync(warehouse);
        Assert.Equal(["move:1:semey", "move:2:semey"], rows.Select(r => r.DedupKey));
        Assert.Equal("Тақырып", rows[0].Subject);
        Assert.All(rows, r => Assert.Equal((0, (DateTime?)null), (r.Attempts, r.SentAtUtc)));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_unit_is_heard_by_its_enabled_officers_with_an_address_and_the_country_by_the_ministrys_analysts(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        await NoticeData.AddAccountAsync(warehouse, "semey", "Әсел", PortalRoles.DistrictOfficer, "101000000", "kk", "asel@semey.kz");
        await NoticeData.AddAccountAsync(warehouse, "semey-nomail", "Берік", PortalRoles.DistrictOfficer, "101000000", "kk", null);
        await NoticeData.AddAccountAsync(warehouse, "semey-off", "Гүл", PortalRoles.DistrictOfficer, "101000000", "ru", "gul@semey.kz", disabled: true);
        await NoticeData.AddAccountAsync(warehouse, "kurchatov", "Иван", PortalRoles.DistrictOfficer, "101800000", "ru", "ivan@kurchatov.kz");
        await NoticeData.AddAccountAsync(warehouse, "abai", "Ольга", PortalRoles.RegionalOfficer, "100000000", "ru", "olga@abai.kz");
        await NoticeData.AddAccountAsync(warehouse, "analyst", "Дана", PortalRoles.MinistryAnalyst, null, "kk", "dana@minis.kz");
        await NoticeData.AddAccountAsync(warehouse, "admin", "Әкімші", PortalRoles.Administrator, null, "ru", "admin@minis.kz");
        await using var connection = await warehouse.Connections.OpenAsync();

        Assert.Equal([new NoticeRecipient("semey", "Әсел", "asel@semey.kz", "kk")], await NoticeRecipients.OfUnitAsync(connection, null, "101000000"));
        Assert.Equal(["abai"], (await NoticeRecipients.OfUnitAsync(connection, null, "100000000")).Select(r => r.UserName));
        Assert.Equal(["analyst"], (await NoticeRecipients.OfMinistryAsync(connection, null)).Select(r => r.UserName));
    }

    private static async Task<int> EnqueueAsync(TestWarehouse warehouse, params OutgoingMail[] mail)
    {
        await using var connection = await warehouse.Connections.OpenAsync();
        await using var transaction = await warehouse.Connections.BeginWriteAsync(connection);
        var written = await MailOutbox.EnqueueAsync(transaction, mail, Now);
        await transaction.CommitAsync();
        return written;
    }
}
