using VolunteerDW.Etl.Service;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Portal;

/// <summary>The service page: what `vdw status` shows, read the same way, in the reader's language and Kazakhstan time.</summary>
public sealed class AdminServiceTests
{
    [Fact]
    public async Task The_page_shows_each_jobs_schedule_and_next_fire_and_a_run_recorded_in_the_warehouse()
    {
        await using var portal = await PortalHost.StartAsync();
        var history = new JobHistory(portal.Warehouse.Connections, portal.Time);
        var run = await history.StartAsync(JobNames.Inbox, portal.Time.GetUtcNow().AddMinutes(-5), catchUp: false);
        portal.Time.Advance(TimeSpan.FromSeconds(42));
        await history.FinishAsync(run, JobOutcome.Done("2 file(s) loaded, 1 rejected"));
        using var browser = await portal.SignedInAsync("admin", PortalRoles.Administrator, null);

        var page = await browser.GetStringAsync("/Admin/Service");
        var rows = AdminPages.Rows(page);

        Assert.Contains("Служба не работает.", page, StringComparison.Ordinal);
        Assert.Contains("Служба ни разу не запускалась на этом хранилище.", page, StringComparison.Ordinal);
        // The portal's clock: 09:00:42 on the 1st of July 2026 in Kazakhstan.
        Assert.Equal(["Загрузка файлов из входящей папки (inbox)", "0 0/5 * * * ?", "1 июля 2026 г., 09:05",
            "1 июля 2026 г., 09:00: выполнено за 42 с: 2 file(s) loaded, 1 rejected"], rows[0]);
        Assert.Equal(["После срока районов и городов (tier1-deadline)", "0 0 9 6 1,4,7,10 ?", "6 июля 2026 г., 09:00", "никогда"], rows[1]);
        Assert.Equal([["1 июля 2026 г., 09:00", "Загрузка файлов из входящей папки (inbox)", "выполнено за 42 с: 2 file(s) loaded, 1 rejected"]], AdminPages.Rows(page, table: 1));
    }

    [Fact]
    public async Task The_page_names_the_files_waiting_in_the_inbox_those_still_being_written_and_those_in_quarantine()
    {
        await using var portal = await PortalHost.StartAsync();
        var now = portal.Time.GetUtcNow().UtcDateTime;
        Place(portal.Service.Inbox, "101000000_2026Q2.xlsx", now.AddMinutes(-5));
        Place(Path.Combine(portal.Service.Inbox, "abai"), "100000000.zip", now.AddMinutes(-5));
        Place(portal.Service.Inbox, "751110000_2026Q2.xlsx", now.AddSeconds(-10));
        Place(portal.Service.Quarantine, "broken<1>.xlsx", now.AddDays(-1));
        Place(portal.Service.Quarantine, "broken<1>.xlsx" + QuarantineFolder.ErrorReportSuffix, now.AddDays(-1));
        using var browser = await portal.SignedInAsync("admin", PortalRoles.Administrator, null, language: "kk");

        var page = await browser.GetStringAsync("/Admin/Service");

        Assert.Contains("<dt>Күтіп тұрған файлдар</dt>\n    <dd>3</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>оның ішінде әлі жазылуда</dt>\n    <dd>1</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<li>101000000_2026Q2.xlsx</li>", page, StringComparison.Ordinal);
        Assert.Contains($"<li>{Path.Combine("abai", "100000000.zip")}</li>", page, StringComparison.Ordinal);
        Assert.Contains("<li>751110000_2026Q2.xlsx — оның ішінде әлі жазылуда</li>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Файлдар саны</dt>\n    <dd>1</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<li>broken&lt;1&gt;.xlsx</li>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(QuarantineFolder.ErrorReportSuffix + "</li>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_the_service_holds_the_warehouse_the_page_says_it_is_running()
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("admin", PortalRoles.Administrator, null);
        await using var service = await WarehouseLock.TryEnterAsync(portal.Warehouse.Connections, WarehouseLock.Service, TimeSpan.Zero);
        Assert.NotNull(service);

        var page = await browser.GetStringAsync("/Admin/Service");

        Assert.Contains("Служба работает.", page, StringComparison.Ordinal);
    }

    private static void Place(string folder, string name, DateTime writtenUtc)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, [1, 2, 3]);
        File.SetLastWriteTimeUtc(path, writtenUtc);
    }
}
