using Microsoft.Playwright;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Tests.Portal;

/// <summary>
/// The approval workflow in a real Chromium, on the portal listening on a socket with the test's
/// clock: a district's return with a mistake is returned by its region with a reason, the district
/// reads the notice and the reason and corrects it, the region sees what changed and accepts it and
/// sends its package, the ministry accepts the package and then unlocks the quarter with a reason;
/// axe reads every page on the way.
/// </summary>
public sealed class ApprovalJourneyTests
{
    private const string Semey = "101000000", Abai = "100000000";

    [ChromiumFact]
    public async Task A_return_is_returned_with_a_reason_corrected_accepted_sent_up_in_the_package_accepted_by_the_ministry_and_unlocked()
    {
        // 3 July 2026, 09:00 in Kazakhstan: the second quarter's returns are coming in.
        await using var portal = await PortalHost.StartAsync(now: new DateTimeOffset(2026, 7, 3, 4, 0, 0, TimeSpan.Zero), listening: true);
        await portal.AddAccountAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);
        await portal.AddAccountAsync("abai.officer", PortalRoles.RegionalOfficer, Abai);
        await portal.AddAccountAsync("analyst", PortalRoles.MinistryAnalyst, unit: null);
        var work = Directory.CreateDirectory(Path.Combine(portal.Warehouse.Folder, "journey")).FullName;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserPages.LaunchAsync(playwright);

        // The district sends a return that loads but says 120 volunteers where it had 125.
        var district = await BrowserPages.SignedInAsync(browser, portal, "semey.officer");
        await district.GotoAsync($"{portal.Address}/Returns/Upload");
        Assert.Contains("принят (v1)", await BrowserPages.SendAsync(district, Return(work, "Семей v1.xlsx", volunteers: 120), "li.loaded"), StringComparison.Ordinal);

        // The region sees it waiting and returns it with a reason.
        var region = await BrowserPages.SignedInAsync(browser, portal, "abai.officer");
        await region.ClickAsync($"section[aria-labelledby=waiting] a[href*='#unit-{Semey}']");
        await region.Locator($"#unit-{Semey} form.returned textarea").FillAsync("Строка 3: волонтёров было 125, не 120.");
        await BrowserPages.AssertAccessibleAsync(region);
        await region.ClickAsync($"#unit-{Semey} form.returned button");
        Assert.Equal("Выполнено.", await region.Locator("p[role=status]").InnerTextAsync());
        await BrowserPages.LoadedAsync(region);
        Assert.Contains("Возвращен на доработку", await region.Locator($"#unit-{Semey} td.state").InnerTextAsync(), StringComparison.Ordinal);

        // The district reads the notice and the reason on its first page and on the return's timeline.
        await district.GotoAsync($"{portal.Address}/");
        var notice = await district.Locator("section[aria-labelledby=waiting] li").InnerTextAsync();
        Assert.Contains("Строка 3: волонтёров было 125, не 120.", notice, StringComparison.Ordinal);
        await BrowserPages.AssertAccessibleAsync(district);
        await district.ClickAsync("section[aria-labelledby=waiting] a");
        Assert.Contains("abai.officer", await district.Locator("ol.timeline li.returned").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserPages.LoadedAsync(district);
        await BrowserPages.AssertAccessibleAsync(district);
        await district.GotoAsync($"{portal.Address}/Returns/Upload");
        Assert.Contains("принят (v2)", await BrowserPages.SendAsync(district, Return(work, "Семей v2.xlsx", volunteers: 125), "li.loaded"), StringComparison.Ordinal);

        // The region sees what changed, cell by cell, and accepts the correction.
        await region.GotoAsync($"{portal.Address}/Approval?quarter=2026Q2");
        await region.ClickAsync($"#unit-{Semey} a.compare");
        Assert.Contains("Количество субъектов (subjects)\t120\t125", await region.Locator("table.differences").First.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserPages.LoadedAsync(region);
        await BrowserPages.AssertAccessibleAsync(region);
        await region.GotoAsync($"{portal.Address}/Approval?quarter=2026Q2");
        await region.ClickAsync($"#unit-{Semey} form.accepted button");
        Assert.Equal("Выполнено.", await region.Locator("p[role=status]").InnerTextAsync());

        // The region's own return opens its package, which it sends to the ministry.
        await region.GotoAsync($"{portal.Address}/Returns/Upload");
        Assert.Contains("принят (v1)", await BrowserPages.SendAsync(region, Return(work, "Абай.xlsx", volunteers: 500, unit: Abai), "li.loaded"), StringComparison.Ordinal);
        await region.GotoAsync($"{portal.Address}/Approval?quarter=2026Q2");
        // What the region's consolidated sheet starts from: its accepted district and its own return.
        await region.ClickAsync($"#unit-{Abai} a.consolidated");
        await region.Locator("table").First.WaitForAsync();
        await BrowserPages.LoadedAsync(region);
        await BrowserPages.AssertAccessibleAsync(region);
        await region.GoBackAsync();
        await region.ClickAsync($"#unit-{Abai} form.package_sent button");
        Assert.Contains("На рассмотрении министерства", await region.Locator($"#unit-{Abai} td.state").InnerTextAsync(), StringComparison.Ordinal);

        // The ministry accepts the package; then unlocks the quarter with a reason.
        var ministry = await BrowserPages.SignedInAsync(browser, portal, "analyst");
        await ministry.ClickAsync($"section[aria-labelledby=waiting] a[href*='#unit-{Abai}']");
        await BrowserPages.LoadedAsync(ministry);
        await BrowserPages.AssertAccessibleAsync(ministry);
        await ministry.ClickAsync($"#unit-{Abai} form.package_accepted button");
        Assert.Contains("Принят министерством", await ministry.Locator($"#unit-{Abai} td.state").InnerTextAsync(), StringComparison.Ordinal);
        await ministry.Locator($"#unit-{Abai} form.unlocked textarea").FillAsync("Область уточняет свод по письму от 20.07.");
        await ministry.ClickAsync($"#unit-{Abai} form.unlocked button");
        Assert.Contains("Не отправлен", await ministry.Locator($"#unit-{Abai} td.state").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserPages.LoadedAsync(ministry);
        await BrowserPages.AssertAccessibleAsync(ministry);

        // Every move on the record, in order.
        Assert.Equal(8, await portal.ScalarAsync("SELECT COUNT(*) FROM fact_return_move"));
        Assert.Equal(1, await portal.ScalarAsync(
            "SELECT COUNT(*) FROM fact_return_move WHERE move = 'unlocked' AND actor_user_name = 'analyst' AND reason = 'Область уточняет свод по письму от 20.07.'"));
    }

    private static string Return(string folder, string name, int volunteers, string unit = Semey)
    {
        var builder = new ReturnBuilder(unit, "2026Q2", isRegion: unit == Abai).SentOn(new DateOnly(2026, 7, 3));
        builder.Subjects[0] = builder.Subjects[0] with { Subjects = volunteers, People = volunteers };
        return builder.WriteTo(folder, name);
    }
}
