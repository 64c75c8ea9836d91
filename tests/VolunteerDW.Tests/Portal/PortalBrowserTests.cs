using Microsoft.Playwright;
using VolunteerDW.Tests.Service;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Portal;

/// <summary>The portal as people meet it: `vdw serve` started as an operator starts it, a real Chromium, axe reading each page.</summary>
public sealed class PortalBrowserTests
{
    private const string Password = "a long enough passphrase";

    [ChromiumFact]
    public async Task A_district_officer_signs_in_through_vdw_serve_in_Kazakh_downloads_their_return_and_every_page_they_see_passes_axe()
    {
        await using var service = await ServiceHarness.CreateAsync(WarehouseEngine.Sqlite, TimeProvider.System);
        var added = await CliRun.WithInputAsync(Password + "\n",
            ["users", "add", "semey.officer", "--role", PortalRoles.DistrictOfficer, "--unit", "101000000", "--lang", "kk", "--display-name", "Айгүл Сейітова", .. service.Warehouse.CliOptions]);
        Assert.True(added.ExitCode == 0, added.Error);
        await using var serve = ServiceProcess.Serve(service);
        var portal = (await serve.WaitForOutputAsync(line => line.StartsWith("Portal: ", StringComparison.Ordinal), "the portal's address"))["Portal: ".Length..];

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserPages.LaunchAsync(playwright);
        var page = await BrowserPages.NewPageAsync(browser);

        await page.GotoAsync($"{portal}/");
        await BrowserPages.ArrivedAtAsync(page, $"{portal}/SignIn?ReturnUrl=%2F");
        await BrowserPages.AssertAccessibleAsync(page);
        await page.ClickAsync("a[lang=kk]");
        // The address ends where it began (the choice is a cookie): the page in Kazakh is the sign the choice was made.
        await page.Locator("html[lang=kk]").WaitForAsync();
        await BrowserPages.LoadedAsync(page);
        await page.FillAsync("#user-name", "semey.officer");
        await page.FillAsync("#password", "not the password at all");
        await page.ClickAsync("button[type=submit]");
        Assert.Contains("Пайдаланушы аты немесе құпиясөз қате.", await page.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);
        await BrowserPages.LoadedAsync(page);
        await BrowserPages.AssertAccessibleAsync(page);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await BrowserPages.ArrivedAtAsync(page, $"{portal}/");

        Assert.Equal("kk", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Семей қаласы (101000000)", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Contains("Айгүл Сейітова", await page.InnerTextAsync("header"), StringComparison.Ordinal);
        await BrowserPages.AssertAccessibleAsync(page);

        await page.ClickAsync("a[href='/Returns/Template']");
        await BrowserPages.ArrivedAtAsync(page, $"{portal}/Returns/Template");
        await BrowserPages.AssertAccessibleAsync(page);
        var quarter = await page.InputValueAsync("#quarter");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("main button[type=submit]"));
        Assert.Equal($"101000000_{quarter}.xlsx", download.SuggestedFilename);
        await page.GoBackAsync();
        await page.ClickAsync("form.sign-out button[type=submit]");
        await BrowserPages.ArrivedAtAsync(page, $"{portal}/SignIn");
        serve.Terminate();
        Assert.Equal(0, await serve.WaitForExitAsync());
    }
}
