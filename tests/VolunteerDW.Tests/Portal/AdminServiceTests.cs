using Dapper;
using VolunteerDW.Etl.Service;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;

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
    public async Task The_page_lists_the_nodes_which_are_alive_and_what_each_is_running()
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("admin", PortalRoles.Administrator, null);
        var now = portal.Time.GetUtcNow();
        await using (var connection = await portal.Warehouse.Connections.OpenAsync())
        {
            // As Quartz checks its nodes in: ticks, and the interval in milliseconds. One checked in 2 s
            // ago; one silent for longer than its interval and the grace after it.
            const string CheckIn = "INSERT INTO QRTZ_SCHEDULER_STATE (SCHED_NAME, INSTANCE_NAME, LAST_CHECKIN_TIME, CHECKIN_INTERVAL) VALUES ('vdw', @node, @ticks, 7500)";
            await connection.ExecuteAsync(CheckIn, new { node = "web-1:101", ticks = now.AddSeconds(-2).UtcTicks });
            await connection.ExecuteAsync(CheckIn, new { node = "web-2:202", ticks = now.AddSeconds(-16).UtcTicks });
            await connection.ExecuteAsync(
                "INSERT INTO etl_job_run (job_name, scheduled_for_utc, started_at_utc, catch_up, instance) VALUES ('inbox', @at, @at, 0, 'web-1:101')",
                new { at = now.UtcDateTime.AddSeconds(-1) });
        }

        var page = await browser.GetStringAsync("/Admin/Service");

        Assert.Contains("Служба работает.", page, StringComparison.Ordinal);
        Assert.Matches(@"<th scope=""row"" class=""code"">web-1:101</th>\s*<td class=""done"">работает</td>\s*<td>[^<]+</td>\s*<td>inbox</td>", page);
        Assert.Matches(@"<th scope=""row"" class=""code"">web-2:202</th>\s*<td class=""problem"">не отмечается</td>\s*<td>[^<]+</td>\s*<td>—</td>", page);
    }

    [Fact]
    public async Task With_no_node_alive_the_page_says_the_service_is_not_running()
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("admin", PortalRoles.Administrator, null);

        var page = await browser.GetStringAsync("/Admin/Service");

        Assert.Contains("Ни один узел не отмечался.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Служба работает.", page, StringComparison.Ordinal);
    }

    private static void Place(string folder, string name, DateTime writtenUtc)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, [1, 2, 3]);
        File.SetLastWriteTimeUtc(path, writtenUtc);
    }
}
