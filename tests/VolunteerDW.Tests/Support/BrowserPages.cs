using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using VolunteerDW.Reports.Rendering;

namespace VolunteerDW.Tests.Support;

/// <summary>What the real-browser tests ask of a page: that it has arrived, and that axe finds it accessible.</summary>
public static class BrowserPages
{
    /// <summary>The limit on a hung browser only: Playwright itself waits for each page and element.</summary>
    public static readonly TimeSpan HungBrowser = TimeSpan.FromMinutes(5);

    /// <summary>The system's Chromium, headless: Playwright downloads no browser here.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        return playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPdf.FindBrowser(), Headless = true, Args = ["--no-sandbox"] });
    }

    /// <summary>A new page that waits for anything at most as long as a hung browser takes to be noticed.</summary>
    /// <param name="browser">The browser.</param>
    /// <param name="bypassContentPolicy">Whether the page sets pages' Content Security Policy aside, so a sandboxed document can be read by script.</param>
    public static async Task<IPage> NewPageAsync(IBrowser browser, bool bypassContentPolicy = false)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.NewContextAsync(new() { AcceptDownloads = true, BypassCSP = bypassContentPolicy });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)HungBrowser.TotalMilliseconds);
        return page;
    }

    /// <summary>The page has reached the address and its document has loaded.</summary>
    /// <remarks>
    /// Not <c>WaitForURLAsync</c>: it checks the address and then subscribes to the browser's events, and an event
    /// delivered in between is lost for good (playwright-dotnet#3364), a wait that then hangs. The assertion and the
    /// function below are each one request the browser side answers when its condition holds.
    /// </remarks>
    public static async Task ArrivedAtAsync(IPage page, string url)
    {
        await Assertions.Expect(page).ToHaveURLAsync(url, new() { Timeout = (float)HungBrowser.TotalMilliseconds });
        await LoadedAsync(page);
    }

    /// <summary>Once a new page's own element is seen: waits for the rest of it, so axe reads the whole page.</summary>
    /// <remarks>
    /// The page says it has loaded (<c>data-loaded</c>, set by the portal's script on the load event), and a
    /// locator waits for that from Playwright's own isolated world. Not <c>WaitForFunctionAsync</c>: after its
    /// first check it polls by evaluating the expression in the page, which the portal's policy (no eval)
    /// refuses — a failure whenever the page is still loading at that first check.
    /// </remarks>
    public static async Task LoadedAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-loaded", "true", new() { Timeout = (float)HungBrowser.TotalMilliseconds });
    }

    /// <summary>WCAG 2.1 AA: axe finds no serious or critical violation on the page.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}:\n{string.Join("\n", serious)}");
    }

    /// <summary>A new page signed in to the portal as <paramref name="name"/> (with the test accounts' password), on the first page.</summary>
    public static async Task<IPage> SignedInAsync(IBrowser browser, PortalHost portal, string name, bool bypassContentPolicy = false)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var page = await NewPageAsync(browser, bypassContentPolicy);
        await page.GotoAsync($"{portal.Address}/SignIn");
        await page.FillAsync("#user-name", name);
        await page.FillAsync("#password", PortalHost.Password);
        await page.ClickAsync("form.sign-in button[type=submit]");
        await ArrivedAtAsync(page, $"{portal.Address}/");
        return page;
    }

    /// <summary>
    /// Chooses the file on the upload page and presses Send; htmx puts the result in place, which is
    /// waited for by what it must show: the file's own line (a line of a file sent before may still be there meanwhile).
    /// </summary>
    public static async Task<string> SendAsync(IPage page, string path, string result)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.SetInputFilesAsync("#files", path);
        await page.ClickAsync("form.upload button[type=submit]");
        return await page.Locator($"#results {result}", new() { HasText = Path.GetFileName(path) }).InnerTextAsync();
    }
}
