using System.Text.Json;
using Microsoft.Playwright;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Tests.Portal;

/// <summary>
/// The officer's and the analyst's journey in a real Chromium, on the portal listening on a socket
/// with the test's clock: a return sent with a mistake comes back marked, is fixed and accepted, and
/// the ministry's dashboard changes with it; a correction shows what changed; the ministry downloads
/// the quarter's report as PDF; axe reads every page on the way.
/// </summary>
public sealed class PortalJourneyTests
{
    private const string Semey = "101000000", Abai = "100000000";

    [ChromiumFact]
    public async Task A_return_with_a_mistake_comes_back_marked_is_fixed_and_accepted_the_dashboard_tile_changes_and_the_report_prints()
    {
        // 3 April 2026, 09:00 in Kazakhstan: the first quarter's returns are due by the 5th.
        await using var portal = await PortalHost.StartAsync(now: new DateTimeOffset(2026, 4, 3, 4, 0, 0, TimeSpan.Zero), listening: true);
        await portal.AddAccountAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);
        await portal.AddAccountAsync("analyst", PortalRoles.MinistryAnalyst, unit: null);
        var work = Directory.CreateDirectory(Path.Combine(portal.Warehouse.Folder, "journey")).FullName;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserPages.LaunchAsync(playwright);
        var analyst = await BrowserPages.SignedInAsync(browser, portal, "analyst");
        await analyst.GotoAsync($"{portal.Address}/Dashboard?quarter=2026Q1");
        var before = await TileNoteAsync(analyst, "область Абай");
        await BrowserPages.AssertAccessibleAsync(analyst);

        var officer = await BrowserPages.SignedInAsync(browser, portal, "semey.officer");
        await officer.GotoAsync($"{portal.Address}/Returns/Template");
        await officer.FillAsync("#quarter", "2026Q1");
        var template = Path.Combine(work, "template.xlsx");
        await (await officer.RunAndWaitForDownloadAsync(() => officer.ClickAsync("main button[type=submit]"))).SaveAsAsync(template);

        // Filled by another program, with a count that cannot be: -5 subjects.
        var mistaken = Path.Combine(work, "Семей 2026Q1.xlsx");
        await TemplateFiller.FillAsync(template, mistaken, Filled(subjects: -5));
        await officer.GotoAsync($"{portal.Address}/Returns/Upload");
        var rejected = await BrowserPages.SendAsync(officer, mistaken, "li.rejected");
        Assert.Contains("subjects!C3", rejected, StringComparison.Ordinal);
        await BrowserPages.AssertAccessibleAsync(officer);

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
        var accepted = await BrowserPages.SendAsync(officer, fixedReturn, "li.loaded");
        Assert.Contains("принят (v1)", accepted, StringComparison.Ordinal);

        await analyst.ReloadAsync();
        var after = await TileNoteAsync(analyst, "область Абай");
        Assert.Equal(before.Replace("0 / ", "1 / ", StringComparison.Ordinal), after);
        Assert.StartsWith("0 / ", before, StringComparison.Ordinal);

        // A correction: version 2, its history and what changed, cell by cell.
        var corrected = Path.Combine(work, "Семей 2026Q1 v2.xlsx");
        await TemplateFiller.FillAsync(template, corrected, Filled(subjects: 14));
        Assert.Contains("принят (v2)", await BrowserPages.SendAsync(officer, corrected, "li.loaded"), StringComparison.Ordinal);
        await officer.GotoAsync($"{portal.Address}/Returns?quarter=2026Q1");
        await BrowserPages.AssertAccessibleAsync(officer);
        await officer.ClickAsync("a[href*='/Returns/Compare']");
        var changes = await officer.Locator("table.differences").First.InnerTextAsync();
        await BrowserPages.LoadedAsync(officer);
        // The one cell changed, from what to what: subjects on the row of volunteers in social assistance, 12 to 14.
        Assert.Contains("Количество субъектов (subjects)\t12\t14", changes, StringComparison.Ordinal);
        await BrowserPages.AssertAccessibleAsync(officer);

        // The ministry opens the quarter's digest and downloads it as PDF.
        await analyst.GotoAsync($"{portal.Address}/Reports?kind=quarterly&period=2026Q1&lang=ru");
        await BrowserPages.AssertAccessibleAsync(analyst);
        var pdf = Path.Combine(work, "digest.pdf");
        await (await analyst.RunAndWaitForDownloadAsync(() => analyst.ClickAsync("section.report-links a[href*='format=pdf']"))).SaveAsAsync(pdf);
        Assert.Equal("%PDF-"u8.ToArray(), (await File.ReadAllBytesAsync(pdf))[..5]);
        var text = await ExternalProgram.RunAsync("pdftotext", ["-layout", pdf, "-"], "install poppler-utils (apt-get install -y poppler-utils)");
        Assert.Contains("Квартальный дайджест", text, StringComparison.Ordinal);
        // The corrected version's 14 volunteers, the country's only return so far, in the report's own words.
        Assert.Contains("действовали 14 субъектов волонтерской деятельности", text.ReplaceLineEndings(" "), StringComparison.Ordinal);

        // The administrator's pages pass axe too.
        await portal.AddAccountAsync("admin", PortalRoles.Administrator, unit: null);
        var admin = await BrowserPages.SignedInAsync(browser, portal, "admin");
        foreach (var path in new[] { "/Admin/Users", "/Admin/Service", "/Admin/Audit" })
        {
            await admin.GotoAsync($"{portal.Address}{path}");
            await BrowserPages.AssertAccessibleAsync(admin);
        }
    }

    [ChromiumFact]
    public async Task The_ministrys_view_of_a_region_and_a_report_opened_as_its_own_document_pass_axe()
    {
        await using var portal = await PortalHost.StartAsync(now: new DateTimeOffset(2026, 4, 3, 4, 0, 0, TimeSpan.Zero), listening: true);
        await portal.AddAccountAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);
        await portal.AddAccountAsync("analyst", PortalRoles.MinistryAnalyst, unit: null);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserPages.LaunchAsync(playwright);
        var officer = await BrowserPages.SignedInAsync(browser, portal, "semey.officer");
        await officer.GotoAsync($"{portal.Address}/Returns/Upload");
        var sent = new ReturnBuilder(Semey, "2026Q1").SentOn(new DateOnly(2026, 4, 3)).WriteTo(portal.Warehouse.Folder, "semey.xlsx");
        Assert.Contains("принят (v1)", await BrowserPages.SendAsync(officer, sent, "li.loaded"), StringComparison.Ordinal);

        var analyst = await BrowserPages.SignedInAsync(browser, portal, "analyst");
        await analyst.GotoAsync($"{portal.Address}/Dashboard?quarter=2026Q1&region={Abai}");
        Assert.Contains("Семей", await analyst.Locator("table").Last.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserPages.LoadedAsync(analyst);
        await BrowserPages.AssertAccessibleAsync(analyst);

        await analyst.GotoAsync($"{portal.Address}/Reports?kind=quarterly&period=2026Q1&lang=kk");
        var report = await analyst.GetAttributeAsync("section.report-links a[href*='/Reports/View']", "href");
        // The report's policy sandboxes it with no script at all, and Playwright's own waits and axe are script: in that
        // document they never answer. It is read in a context that sets the policy aside; the markup is the same.
        var reader = await BrowserPages.SignedInAsync(browser, portal, "analyst", bypassContentPolicy: true);
        // Going to an address waits for its load event; the report runs no script to say so itself.
        await reader.GotoAsync($"{portal.Address}{report}");
        Assert.Equal("kk", await reader.GetAttributeAsync("html", "lang"));
        await BrowserPages.AssertAccessibleAsync(reader);
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
}
