using System.Net;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Tests.Portal;

/// <summary>
/// The approval sheet and a return's timeline through the portal: each role offered only its own
/// moves, every move decided again on the server whatever the form says — another region's KATO, a
/// district's own return, a missing reason — and the timeline shown only to who may see the unit.
/// </summary>
public sealed class ApprovalPageTests
{
    private const string Semey = "101000000", Abai = "100000000", Almaty = "750000000", Kurchatov = "101800000";

    // 3 July 2026, 09:00 in Kazakhstan: the second quarter's returns are coming in.
    private static readonly DateTimeOffset July3 = new(2026, 7, 3, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_region_returns_a_return_with_a_reason_the_district_reads_it_on_the_timeline_and_the_accepted_correction_goes_up_in_the_package()
    {
        await using var portal = await PortalHost.StartAsync(now: July3);
        using var semey = await portal.SignedInAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);
        using var abai = await portal.SignedInAsync("abai.officer", PortalRoles.RegionalOfficer, Abai);
        using var analyst = await portal.SignedInAsync("analyst", PortalRoles.MinistryAnalyst, null);
        Assert.Contains("принят (v1)", await PortalHost.UploadAsync(semey, Return(Semey, 120), "semey.xlsx"), StringComparison.Ordinal);

        // The region's first page says what waits for it.
        var waiting = Section(await abai.GetStringAsync("/"), "waiting");
        Assert.Contains($"href=\"/Approval?quarter=2026Q2&amp;region={Abai}#unit-{Semey}\">Семей Г.А. — 2-й квартал 2026 г.</a>: На рассмотрении области", waiting, StringComparison.Ordinal);
        Assert.Contains("Сейчас ничего не ждет вашего решения.", Section(await semey.GetStringAsync("/"), "waiting"), StringComparison.Ordinal);

        var sheet = await abai.GetStringAsync("/Approval?quarter=2026Q2");
        Assert.Contains("<h1>Приемка отчетов: область Абай, 2-й квартал 2026 г.</h1>", sheet, StringComparison.Ordinal);
        var row = Row(sheet, Semey);
        Assert.Contains("На рассмотрении области", row, StringComparison.Ordinal);
        Assert.Contains("value=\"accepted\"", row, StringComparison.Ordinal);
        Assert.Contains("value=\"returned\"", row, StringComparison.Ordinal);
        // Each form carries its antiforgery token, as every post must.
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(row, "name=\"__RequestVerificationToken\""));
        Assert.DoesNotContain("value=\"reopened\"", row, StringComparison.Ordinal);
        // The package row leads to the consolidated figures the region's sheet starts from.
        Assert.Contains($"href=\"/Approval/Consolidated?region={Abai}&amp;quarter=2026Q2\"", Row(sheet, Abai), StringComparison.Ordinal);
        // The region's package cannot go up before the region's own return.
        Assert.DoesNotContain("value=\"package_sent\"", Row(sheet, Abai), StringComparison.Ordinal);

        var noReason = await MoveAsync(abai, "returned", Semey, reason: "");
        Assert.Equal(HttpStatusCode.Conflict, noReason.StatusCode);
        Assert.Contains("Укажите причину", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var returned = await MoveAsync(abai, "returned", Semey, reason: "Строка 3: <b>120</b> волонтёров не сходится с программами.");
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Equal("/Approval?quarter=2026Q2&region=100000000&done=True", returned.Headers.Location!.OriginalString);

        // The district reads the reason on its return's timeline, as text.
        var timeline = await semey.GetStringAsync($"/Approval/Timeline?unit={Semey}&quarter=2026Q2");
        Assert.Contains("Возвращен на доработку", timeline, StringComparison.Ordinal);
        Assert.Contains("Строка 3: &lt;b&gt;120&lt;/b&gt; волонтёров не сходится с программами.", timeline, StringComparison.Ordinal);
        Assert.Contains("abai.officer (display) (abai.officer)", timeline, StringComparison.Ordinal);

        // The district's first page shows the notice and the reason, and leads to the timeline.
        var notice = Section(await semey.GetStringAsync("/"), "waiting");
        Assert.Contains($"href=\"/Approval/Timeline?unit={Semey}&amp;quarter=2026Q2\">", notice, StringComparison.Ordinal);
        Assert.Contains("Возвращен на доработку", notice, StringComparison.Ordinal);
        Assert.Contains("Причина: Строка 3: &lt;b&gt;120&lt;/b&gt;", notice, StringComparison.Ordinal);
        Assert.DoesNotContain($"#unit-{Semey}", Section(await abai.GetStringAsync("/"), "waiting"), StringComparison.Ordinal);

        Assert.Contains("принят (v2)", await PortalHost.UploadAsync(semey, Return(Semey, 125), "semey v2.xlsx"), StringComparison.Ordinal);
        // The region sees what changed before it accepts.
        Assert.Contains($"href=\"/Returns/Compare?unit={Semey}&amp;quarter=2026Q2&amp;from=1&amp;to=2\"", Row(await abai.GetStringAsync("/Approval?quarter=2026Q2"), Semey), StringComparison.Ordinal);
        // What changed, in which version, sent by whom.
        var compared = await abai.GetStringAsync($"/Returns/Compare?unit={Semey}&quarter=2026Q2&from=1&to=2");
        Assert.Matches(@"<li>v2: 3 июля 2026[^<]* 09:00, Отправил: semey\.officer \(display\) \(semey\.officer\)</li>", compared);
        Assert.Matches(@"<td class=""was"">120</td>\s*<td class=""now"">125</td>", compared);
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(abai, "accepted", Semey)).StatusCode);
        Assert.Contains("принят (v1)", await PortalHost.UploadAsync(abai, Return(Abai, 500, isRegion: true), "abai.xlsx"), StringComparison.Ordinal);
        Assert.Contains("value=\"package_sent\"", Row(await abai.GetStringAsync("/Approval?quarter=2026Q2"), Abai), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(abai, "package_sent", Abai)).StatusCode);

        // The ministry sees the package waiting, on its first page and its list, accepts it, and the region's sheet offers it nothing more.
        Assert.Contains($"href=\"/Approval?quarter=2026Q2&amp;region={Abai}#unit-{Abai}\">", Section(await analyst.GetStringAsync("/"), "waiting"), StringComparison.Ordinal);
        var regions = await analyst.GetStringAsync("/Approval?quarter=2026Q2");
        Assert.Matches("область Абай</a></td>\\s*<td class=\"state awaiting_ministry\">На рассмотрении министерства</td>", regions);
        var package = Row(await analyst.GetStringAsync($"/Approval?quarter=2026Q2&region={Abai}"), Abai);
        Assert.Contains("value=\"package_accepted\"", package, StringComparison.Ordinal);
        Assert.Contains("value=\"package_returned\"", package, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(analyst, "package_accepted", Abai)).StatusCode);
        // The dashboard says how acceptance went at each hop: Semey returned once and accepted, Abai's package accepted, each the same day.
        var dashboard = await analyst.GetStringAsync("/Dashboard?quarter=2026Q2");
        Assert.Matches("<tr data-tier=\"1\">\\s*<th scope=\"row\">Район ▶ область</th>\\s*<td>1</td>\\s*<td>1</td>\\s*<td>0,0</td>\\s*<td>0</td>", dashboard);
        Assert.Matches("<tr data-tier=\"2\">\\s*<th scope=\"row\">Область ▶ министерство</th>\\s*<td>1</td>\\s*<td>0</td>\\s*<td>0,0</td>\\s*<td>0</td>", dashboard);
        var locked = await abai.GetStringAsync("/Approval?quarter=2026Q2");
        Assert.DoesNotContain("class=\"move ", locked, StringComparison.Ordinal);
        Assert.Contains("value=\"unlocked\"", Row(await analyst.GetStringAsync($"/Approval?quarter=2026Q2&region={Abai}"), Abai), StringComparison.Ordinal);
        Assert.Contains("value=\"reopened\"", Row(await analyst.GetStringAsync($"/Approval?quarter=2026Q2&region={Abai}"), Semey), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_move_is_refused_to_whom_it_is_not_for_whatever_the_form_says_and_changes_nothing()
    {
        await using var portal = await PortalHost.StartAsync(now: July3);
        using var semey = await portal.SignedInAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);
        using var almaty = await portal.SignedInAsync("almaty.officer", PortalRoles.RegionalOfficer, Almaty);
        using var admin = await portal.SignedInAsync("admin", PortalRoles.Administrator, null);
        using var kurchatov = await portal.SignedInAsync("kurchatov.officer", PortalRoles.DistrictOfficer, Kurchatov);
        Assert.Contains("принят (v1)", await PortalHost.UploadAsync(semey, Return(Semey, 120), "semey.xlsx"), StringComparison.Ordinal);
        var moves = await portal.ScalarAsync("SELECT COUNT(*) FROM fact_return_move");

        // A district accepting its own return, another region's officer accepting Abai's district, an administrator.
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(semey, "accepted", Semey)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(almaty, "accepted", Semey)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(almaty, "returned", Semey, reason: "чужой")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(admin, "accepted", Semey)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await MoveAsync(almaty, "accepted", Semey, quarter: "2026Q9")).StatusCode);
        Assert.Equal(moves, await portal.ScalarAsync("SELECT COUNT(*) FROM fact_return_move"));
        Assert.Equal(1, await portal.ScalarAsync("SELECT COUNT(*) FROM workflow_state WHERE state = 'awaiting_region'"));

        // Another region's sheet, the sheet for a district, another district's timeline: refused.
        Assert.Equal(HttpStatusCode.Forbidden, (await almaty.GetAsync($"/Approval?quarter=2026Q2&region={Abai}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await semey.GetAsync("/Approval")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kurchatov.GetAsync($"/Approval/Timeline?unit={Semey}&quarter=2026Q2")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await almaty.GetAsync($"/Approval/Timeline?unit={Semey}&quarter=2026Q2")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await semey.GetAsync($"/Approval/Timeline?unit={Semey}&quarter=2026Q2")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await semey.GetAsync($"/Approval/Timeline?unit=../{Semey}&quarter=2026Q2")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Approval?quarter=2026Q2&region={Semey}")).StatusCode);

        // Without the form's antiforgery token nothing is decided at all.
        var forged = await semey.PostAsync("/Approval", new FormUrlEncodedContent(new Dictionary<string, string> { ["move"] = "accepted", ["unit"] = Semey, ["quarter"] = "2026Q2" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    private static ReturnBuilder Return(string unit, int subjects, bool isRegion = false)
    {
        var builder = new ReturnBuilder(unit, "2026Q2", isRegion).SentOn(new DateOnly(2026, 7, 3));
        builder.Subjects[0] = builder.Subjects[0] with { Subjects = subjects, People = subjects };
        return builder;
    }

    private static Task<HttpResponseMessage> MoveAsync(HttpClient browser, string move, string unit, string? reason = null, string quarter = "2026Q2") =>
        PortalHost.PostFormAsync(browser, "/Approval", new Dictionary<string, string>
        {
            ["move"] = move,
            ["unit"] = unit,
            ["quarter"] = quarter,
            ["region"] = Abai,
            ["reason"] = reason ?? string.Empty,
        });

    private static string Section(string page, string heading)
    {
        var start = page.IndexOf($"aria-labelledby=\"{heading}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section {heading}.");
        return page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    // A unit's row of the sheet: from its row to the next.
    private static string Row(string page, string unit)
    {
        var start = page.IndexOf($"<tr id=\"unit-{unit}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No row for {unit}.");
        var end = page.IndexOf("</tr>", start, StringComparison.Ordinal);
        return page[start..end];
    }
}
