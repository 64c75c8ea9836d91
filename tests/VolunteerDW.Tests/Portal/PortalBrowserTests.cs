using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using VolunteerDW.Reports.Rendering;
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
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPdf.FindBrowser(), Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        // Playwright waits for each page and element itself; this is only the limit on a hung browser.
        page.SetDefaultTimeout((float)HungBrowser.TotalMilliseconds);

        await page.GotoAsync($"{portal}/");
        await ArrivedAtAsync(page, $"{portal}/SignIn?ReturnUrl=%2F");
        await AssertAccessibleAsync(page);
        await page.ClickAsync("a[lang=kk]");
        // The address ends where it began (the choice is a cookie): the page in Kazakh is the sign the choice was made.
        await page.Locator("html[lang=kk]").WaitForAsync();
        await LoadedAsync(page);
        await page.FillAsync("#user-name", "semey.officer");
        await page.FillAsync("#password", "not the password at all");
        await page.ClickAsync("button[type=submit]");
        Assert.Contains("Пайдаланушы аты немесе құпиясөз қате.", await page.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);
        await LoadedAsync(page);
        await AssertAccessibleAsync(page);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await ArrivedAtAsync(page, $"{portal}/");

        Assert.Equal("kk", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Семей қаласы (101000000)", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Contains("Айгүл Сейітова", await page.InnerTextAsync("header"), StringComparison.Ordinal);
        await AssertAccessibleAsync(page);

        await page.ClickAsync("a[href='/Returns/Template']");
        await ArrivedAtAsync(page, $"{portal}/Returns/Template");
        await AssertAccessibleAsync(page);
        var quarter = await page.InputValueAsync("#quarter");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("main button[type=submit]"));
        Assert.Equal($"101000000_{quarter}.xlsx", download.SuggestedFilename);
        await page.GoBackAsync();
        await page.ClickAsync("form.sign-out button[type=submit]");
        await ArrivedAtAsync(page, $"{portal}/SignIn");
        serve.Terminate();
        Assert.Equal(0, await serve.WaitForExitAsync());
    }

    /// <summary>The page has reached the address and its document has loaded.</summary>
    /// <remarks>
    /// Not <c>WaitForURLAsync</c>: it checks the address and then subscribes to the browser's events, and an event
    /// delivered in between is lost for good (playwright-dotnet#3364), a wait that then hangs. The assertion and the
    /// function below are each one request the browser side answers when its condition holds.
    /// </remarks>
    private static async Task ArrivedAtAsync(IPage page, string url)
    {
        await Assertions.Expect(page).ToHaveURLAsync(url, new() { Timeout = (float)HungBrowser.TotalMilliseconds });
        await LoadedAsync(page);
    }

    /// <summary>Once a new page's own element is seen: waits for the rest of it, so axe reads the whole page.</summary>
    private static async Task LoadedAsync(IPage page)
    {
        var loaded = await page.WaitForFunctionAsync("document.readyState === 'complete'");
        await loaded.DisposeAsync();
    }

    private static readonly TimeSpan HungBrowser = TimeSpan.FromMinutes(5);

    // WCAG 2.1 AA: axe finds no serious or critical violation.
    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}:\n{string.Join("\n", serious)}");
    }
}
