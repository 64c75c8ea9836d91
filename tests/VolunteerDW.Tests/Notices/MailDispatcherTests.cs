using System.Net;
using System.Net.Sockets;
using Dapper;
using MimeKit;
using VolunteerDW.Etl.Notices;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Tests.Notices;

/// <summary>
/// The dispatcher against a real SMTP server started by the test, and without one into the outbox
/// folder: each message arrives once, in its recipient's language, and no text a person or a
/// workbook supplied can add a header or a recipient.
/// </summary>
public sealed class MailDispatcherTests
{
    private static readonly DateTimeOffset Now = new(2027, 4, 2, 5, 0, 0, TimeSpan.Zero);

    private static readonly Quarter Q1 = new(2027, 1);

    [Fact]
    public async Task A_returned_and_an_accepted_notice_arrive_over_SMTP_in_Kazakh_and_in_Russian()
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);
        await NoticeData.AddAccountAsync(warehouse, "semey", "Әсел Нұрланқызы", PortalRoles.DistrictOfficer, "101000000", "kk", "asel@semey.kz");
        await NoticeData.AddAccountAsync(warehouse, "kurchatov", "Иван Петров", PortalRoles.DistrictOfficer, "101800000", "ru", "ivan@kurchatov.kz");
        await using var smtp = await TestSmtpServer.StartAsync();
        var mail = Smtp(smtp.Port) with { PortalAddress = "https://vdw.example.kz/" };
        await EnqueueAsync(warehouse, 1, new MoveNotice(MailKinds.Returned, Q1, "101000000", "Семей қаласы", "Семей Г.А.", "Бағдарламалар кестесінде қатысушылар саны жоқ.", "Абай облысы"), "101000000", mail);
        await EnqueueAsync(warehouse, 2, new MoveNotice(MailKinds.Accepted, Q1, "101800000", "Курчатов қаласы", "Курчатов Г.А.", null, "Ольга Ким"), "101800000", mail);

        var result = await new MailDispatcher(mail, warehouse.Connections, new FixedTime(Now)).SendPendingAsync();

        Assert.Equal(new DispatchResult(2, 0), result);
        var kk = await smtp.NextAsync();
        Assert.Equal(["asel@semey.kz"], kk.EnvelopeTo);
        var to = Assert.Single(kk.Message.To.Mailboxes);
        Assert.Equal(("Әсел Нұрланқызы", "asel@semey.kz"), (to.Name, to.Address));
        Assert.Equal("2027 жылғы 1-тоқсан: Семей қаласы есебі пысықтауға қайтарылды", kk.Message.Subject);
        Assert.Contains("Себебі:\nБағдарламалар кестесінде қатысушылар саны жоқ.", kk.Message.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Порталда ашу: https://vdw.example.kz/", kk.Message.TextBody, StringComparison.Ordinal);
        Assert.Equal("utf-8", kk.Message.BodyParts.OfType<TextPart>().Single().ContentType.Charset, ignoreCase: true);
        var ru = await smtp.NextAsync();
        Assert.Equal(["ivan@kurchatov.kz"], ru.EnvelopeTo);
        Assert.Equal("1-й квартал 2027 года: отчет Курчатов Г.А. принят", ru.Message.Subject);
        Assert.Contains("Ольга Ким принял(а) отчет Курчатов Г.А. за 1-й квартал 2027 года.", ru.Message.TextBody, StringComparison.Ordinal);
        Assert.NotEqual(kk.Message.MessageId, ru.Message.MessageId);
        Assert.All(await NoticeData.OutboxAsync(warehouse), row => Assert.Equal((Now.UtcDateTime, 1, (string?)null), (row.SentAtUtc, row.Attempts, row.LastError)));
        Assert.Equal(new DispatchResult(0, 0), await new MailDispatcher(mail, warehouse.Connections, new FixedTime(Now)).SendPendingAsync());
        Assert.False(smtp.HasMore);
    }

    [Fact]
    public async Task No_name_or_reason_can_add_a_header_or_a_recipient()
    {
        const string injected = "\r\nBcc: evil@example.com\r\nSubject: x";
        await using var warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);
        await NoticeData.AddAccountAsync(warehouse, "semey", $"Әсел{injected}", PortalRoles.DistrictOfficer, "101000000", "ru", "asel@semey.kz");
        await using var smtp = await TestSmtpServer.StartAsync();
        var mail = Smtp(smtp.Port) with { FromName = $"VolunteerDW{injected}" };
        await EnqueueAsync(warehouse, 7, new MoveNotice(MailKinds.Returned, Q1, "101000000", $"Семей{injected}", $"Семей{injected}", $"Ошибка в таблице{injected}", $"Абай{injected}"), "101000000", mail);

        Assert.Equal(new DispatchResult(1, 0), await new MailDispatcher(mail, warehouse.Connections, new FixedTime(Now)).SendPendingAsync());

        var received = await smtp.NextAsync();
        var message = received.Message;
        Assert.Equal(["asel@semey.kz"], received.EnvelopeTo);
        Assert.Equal("asel@semey.kz", Assert.Single(message.To.Mailboxes).Address);
        Assert.Empty(message.Cc);
        Assert.Empty(message.Bcc);
        Assert.DoesNotContain(message.Headers, h => h.Id == HeaderId.Bcc);
        Assert.Single(message.Headers, h => h.Id == HeaderId.Subject);
        Assert.DoesNotContain("\n", message.Subject, StringComparison.Ordinal);
        Assert.StartsWith("1-й квартал 2027 года: отчет Семей Bcc: evil@example.com Subject: x возвращен", message.Subject, StringComparison.Ordinal);
        // The reason a person typed is in the body, with its line breaks, and in no header.
        Assert.Contains("Ошибка в таблице\nBcc: evil@example.com\nSubject: x", message.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain(message.Headers, h => h.Value.Contains("Ошибка", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_SMTP_each_message_is_an_eml_file_in_the_outbox_written_once()
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);
        await NoticeData.AddAccountAsync(warehouse, "analyst", "Дана Серікова", PortalRoles.MinistryAnalyst, null, "kk", "dana@minis.kz");
        var mail = new MailSettings { Outbox = Path.Combine(warehouse.Folder, "outbox"), From = "vdw@minis.kz" };
        await EnqueueAsync(warehouse, 3, new MoveNotice(MailKinds.PackageAwaiting, Q1, "100000000", "Абай облысы", "область Абай", null, "Иван Петров"), null, mail);
        var dispatcher = new MailDispatcher(mail, warehouse.Connections, new FixedTime(Now));

        Assert.Equal(new DispatchResult(1, 0), await dispatcher.SendPendingAsync());
        Assert.Equal(new DispatchResult(0, 0), await dispatcher.SendPendingAsync());

        var file = Assert.Single(Directory.GetFiles(mail.Outbox));
        var row = Assert.Single(await NoticeData.OutboxAsync(warehouse));
        Assert.Equal($"{row.MailKey}-package_awaiting.eml", Path.GetFileName(file));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal(("Дана Серікова", "dana@minis.kz"), (message.To.Mailboxes.Single().Name, message.To.Mailboxes.Single().Address));
        Assert.Equal("vdw@minis.kz", message.From.Mailboxes.Single().Address);
        Assert.Equal("2027 жылғы 1-тоқсан: Абай облысы пакеті министрліктің қарауында", message.Subject);
        Assert.EndsWith("@minis.kz", message.MessageId, StringComparison.Ordinal);
        Assert.Equal((Now.UtcDateTime, 1), (row.SentAtUtc, row.Attempts));
    }

    [Fact]
    public async Task A_server_that_refuses_leaves_every_message_pending_with_its_error_and_the_next_run_sends_them()
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);
        await NoticeData.AddAccountAsync(warehouse, "semey", "Әсел", PortalRoles.DistrictOfficer, "101000000", "kk", "asel@semey.kz");
        await NoticeData.AddAccountAsync(warehouse, "semey2", "Берік", PortalRoles.DistrictOfficer, "101000000", "ru", "berik@semey.kz");
        var notice = new MoveNotice(MailKinds.Accepted, Q1, "101000000", "Семей қаласы", "Семей Г.А.", null, "Абай облысы");
        await EnqueueAsync(warehouse, 4, notice, "101000000", new MailSettings());

        Assert.Equal(new DispatchResult(0, 2), await new MailDispatcher(Smtp(ClosedPort()), warehouse.Connections, new FixedTime(Now)).SendPendingAsync());
        Assert.All(await NoticeData.OutboxAsync(warehouse), row =>
        {
            Assert.Null(row.SentAtUtc);
            Assert.Equal(1, row.Attempts);
            Assert.False(string.IsNullOrEmpty(row.LastError));
        });

        await using var smtp = await TestSmtpServer.StartAsync();
        Assert.Equal(new DispatchResult(2, 0), await new MailDispatcher(Smtp(smtp.Port), warehouse.Connections, new FixedTime(Now)).SendPendingAsync());
        Assert.Equal(["asel@semey.kz", "berik@semey.kz"], [(await smtp.NextAsync()).EnvelopeTo.Single(), (await smtp.NextAsync()).EnvelopeTo.Single()]);
        Assert.All(await NoticeData.OutboxAsync(warehouse), row => Assert.Equal((2, (string?)null), (row.Attempts, row.LastError)));
    }

    [Fact]
    public async Task A_message_another_dispatcher_has_claimed_is_not_sent_again()
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);
        await NoticeData.AddAccountAsync(warehouse, "semey", "Әсел", PortalRoles.DistrictOfficer, "101000000", "kk", "asel@semey.kz");
        var mail = new MailSettings { Outbox = Path.Combine(warehouse.Folder, "outbox") };
        await EnqueueAsync(warehouse, 5, new MoveNotice(MailKinds.Accepted, Q1, "101000000", "Семей қаласы", "Семей Г.А.", null, "Абай облысы"), "101000000", mail);
        await using (var connection = await warehouse.Connections.OpenAsync())
        {
            // What the other dispatcher's claim leaves while it sends.
            Assert.Equal(1, await connection.ExecuteAsync(NoticeSql.Claim, new { key = 1, now = Now.UtcDateTime, sending = "being sent elsewhere" }));
        }

        Assert.Equal(new DispatchResult(0, 0), await new MailDispatcher(mail, warehouse.Connections, new FixedTime(Now)).SendPendingAsync());
        Assert.False(Directory.Exists(mail.Outbox) && Directory.EnumerateFiles(mail.Outbox).Any());
    }

    internal static MailSettings Smtp(int port) => new() { SmtpHost = "127.0.0.1", SmtpPort = port, SmtpSecurity = SmtpSecurity.None, From = "vdw@minis.kz", FromName = "VolunteerDW" };

    internal static async Task<int> EnqueueAsync(TestWarehouse warehouse, long moveKey, MoveNotice notice, string? unit, MailSettings mail)
    {
        await using var connection = await warehouse.Connections.OpenAsync();
        await using var transaction = await warehouse.Connections.BeginWriteAsync(connection);
        var written = await MoveNotices.EnqueueAsync(transaction, moveKey, notice, unit, mail, Now);
        await transaction.CommitAsync();
        return written;
    }

    // A port nothing listens on: taken from the system, then let go.
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
