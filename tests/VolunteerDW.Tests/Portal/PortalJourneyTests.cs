using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using VolunteerDW.Reports.Rendering;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Tests.Portal;

/// <summary>
/// The officer's and the analyst's journey in a real Chromium, on the portal listening on a socket
/// with the test's clock: a return sent with a mistake comes back marked, is fixed and accepted, and
/// the ministry's dashboard changes with it.
/// </summary>
public sealed class PortalJourneyTests
{
    private const string Semey = "101000000";

    private static readonly TimeSpan HungBrowser = TimeSpan.FromMinutes(5);

    [ChromiumFact]
    public async Task A_return_with_a_mistake_comes_back_marked_is_fixed_and_accepted_and_the_dashboard_tile_changes()
    {
        // 3 April 2026, 09:00 in Kazakhstan: the first quarter's returns are due by the 5th.
        await using var portal = await PortalHost.StartAsync(now: new DateTimeOffset(2026, 4, 3, 4, 0, 0, TimeSpan.Zero), listening: true);
        await portal.AddAccountAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);
        await portal.AddAccountAsync("analyst", PortalRoles.MinistryAnalyst, unit: null);
        var work = Directory.CreateDirectory(Path.Combine(portal.Warehouse.Folder, "journey")).FullName;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPdf.FindBrowser(), Headless = true, Args = ["--no-sandbox"] });
        var analyst = await SignedInAsync(browser, portal, "analyst");
        await analyst.GotoAsync($"{portal.Address}/Dashboard?quarter=2026Q1");
        var before = await TileNoteAsync(analyst, "область Абай");
        await AssertAccessibleAsync(analyst);

        var officer = await SignedInAsync(browser, portal, "semey.officer");
        await officer.GotoAsync($"{portal.Address}/Returns/Template");
        await officer.FillAsync("#quarter", "2026Q1");
        var template = Path.Combine(work, "template.xlsx");
        await (await officer.RunAndWaitForDownloadAsync(() => officer.ClickAsync("main button[type=submit]"))).SaveAsAsync(template);

        // Filled by another program, with a count that cannot be: -5 subjects.
        var mistaken = Path.Combine(work, "Семей 2026Q1.xlsx");
        await TemplateFiller.FillAsync(template, mistaken, Filled(subjects: -5));
        await officer.GotoAsync($"{portal.Address}/Returns/Upload");
        var rejected = await SendAsync(officer, mistaken, "li.rejected");
        Assert.Contains("subjects!C3", rejected, StringComparison.Ordinal);
        await AssertAccessibleAsync(officer);

        var marked = Path.Combine(work, "marked.xlsx");
        await (await officer.RunAndWaitForDownloadAsync(() => officer.ClickAsync("li.rejected a[href^='/Returns/Checked']"))).SaveAsAsync(marked);
        using (var cell = JsonDocument.Parse(await PythonScript.RunAsync(RepoPaths.Of("tests", "VolunteerDW.Tests", "Feedback", "read_marked_cell.py"), [marked, "subjects", "C3"])))
        {
            Assert.Contains("отрицательн", cell.RootElement.GetProperty("comment").GetString(), StringComparison.OrdinalIgnoreCase);
            Assert.Equal("FFFFC7CE", cell.RootElement.GetProperty("fill").GetString());
            Assert.Equal("Ошибки", cell.RootElement.GetProperty("first_sheet").GetString());
        }

        var fixedReturn = Path.Combine(work, "Семей 2026Q1 исправлен.xlsx");
        await TemplateFiller.FillAsync(template, fixedReturn, Filled(subjects: 12));
        var accepted = await SendAsync(officer, fixedReturn, "li.loaded");
        Assert.Contains("принят (v1)", accepted, StringComparison.Ordinal);

        await analyst.ReloadAsync();
        var after = await TileNoteAsync(analyst, "область Абай");
        Assert.Equal(before.Replace("0 / ", "1 / ", StringComparison.Ordinal), after);
        Assert.StartsWith("0 / ", before, StringComparison.Ordinal);
    }

    private static IEnumerable<(string Sheet, string Cell, object Value)> Filled(int subjects) =>
    [
        ("submission", "C6", "Ахметова Айгүл Серікқызы"),
        ("submission", "C7", "бас маман"),
        ("submission", "C8", "+7 7222 52 00 00"),
        ("submission", "C9", "volunteers@semey.gov.kz"),
        ("submission", "C10", new DateOnly(2026, 4, 3)),
        ("subjects", "C3", subjects),
        ("subjects", "D3", 30),
        ("subjects", "E3", 0),
    ];

    private static async Task<IPage> SignedInAsync(IBrowser browser, PortalHost portal, string name)
    {
        var context = await browser.NewContextAsync(new() { AcceptDownloads = true });
        var page = await context.NewPageAsync();
        // Playwright waits for each page and element itself; this is only the limit on a hung browser.
        page.SetDefaultTimeout((float)HungBrowser.TotalMilliseconds);
        await page.GotoAsync($"{portal.Address}/SignIn");
        await page.FillAsync("#user-name", name);
        await page.FillAsync("#password", PortalHost.Password);
        await page.ClickAsync("form.sign-in button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync($"{portal.Address}/", new() { Timeout = (float)HungBrowser.TotalMilliseconds });
        return page;
    }

    // Chooses the file and presses Send; htmx puts the result in place, which is waited for by what it must show.
    private static async Task<string> SendAsync(IPage page, string path, string result)
    {
        await page.SetInputFilesAsync("#files", path);
        await page.ClickAsync("form.upload button[type=submit]");
        return await page.Locator($"#results {result}").InnerTextAsync();
    }

    // The note on a region's square (received / expected), read from the drawn map.
    private static Task<string> TileNoteAsync(IPage page, string region) =>
        page.EvaluateAsync<string>(
            """
            region => {
                const rect = [...document.querySelectorAll("figure.tiles rect.tile")].find(r => r.querySelector("title").textContent.startsWith(region + ":"));
                let node = rect.nextElementSibling;
                while (node && !/^\d+ \/ \d+$/.test(node.textContent)) node = node.nextElementSibling;
                return node.textContent;
            }
            """, region);

    // WCAG 2.1 AA: axe finds no serious or critical violation.
    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}:\n{string.Join("\n", serious)}");
    }
}
