using System.Net;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Tests.Portal;

/// <summary>Sending returns through the portal: the loader's rules, the sender's units only, every file kept with who sent it.</summary>
public sealed class UploadTests
{
    private const string Semey = "101000000", Kurchatov = "101800000", Abai = "100000000";

    [Fact]
    public async Task A_district_officers_own_return_is_accepted_kept_with_who_sent_it_and_on_the_record()
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);

        var page = await PortalHost.UploadAsync(browser, Return(Semey), "Семей 2026Q2.xlsx");

        Assert.Contains("<strong>Семей 2026Q2.xlsx</strong>: принят (v1)", page, StringComparison.Ordinal);
        Assert.Equal(1, await portal.ScalarAsync("SELECT COUNT(*) FROM dim_submission WHERE unit_kato = '101000000' AND quarter_key = 20262"));
        var kept = Assert.Single(Directory.GetFiles(Path.Combine(portal.Warehouse.Folder, "uploads", "2026-07-01", "semey.officer")));
        Assert.EndsWith("Семей 2026Q2.xlsx", kept, StringComparison.Ordinal);
        Assert.Equal(1, await portal.ScalarAsync("SELECT COUNT(*) FROM portal_audit WHERE action = 'uploaded' AND user_name = 'semey.officer' AND subject = 'Семей 2026Q2.xlsx: Loaded'"));
    }

    [Fact]
    public async Task Sent_by_htmx_only_the_results_come_back_to_be_put_in_place_and_the_page_itself_offers_both_ways()
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);

        var form = await browser.GetStringAsync("/Returns/Upload");
        var results = await PortalHost.UploadAsync(browser, Return(Semey), "semey.xlsx", byHtmx: true);

        // The form posts by itself without JavaScript, and htmx sends the same form into the results' place.
        Assert.Contains("<form method=\"post\" enctype=\"multipart/form-data\"", form, StringComparison.Ordinal);
        Assert.Contains("hx-post=\"/Returns/Upload\"", form, StringComparison.Ordinal);
        Assert.Contains("hx-target=\"#results\"", form, StringComparison.Ordinal);
        Assert.Contains("<div id=\"results\" aria-live=\"polite\">", form, StringComparison.Ordinal);
        Assert.Contains("<strong>semey.xlsx</strong>: принят (v1)", results, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", results, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", results, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_units_return_is_rejected_naming_the_cell_and_nothing_is_loaded()
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);

        var page = await PortalHost.UploadAsync(browser, Return(Kurchatov), "kurchatov.xlsx");

        Assert.Contains("<strong>kurchatov.xlsx</strong>: не принят", page, StringComparison.Ordinal);
        Assert.Contains("kurchatov.xlsx › submission!C2", page, StringComparison.Ordinal);
        Assert.Contains("отчёт единицы 101800000 нельзя отправить с вашей учётной записи", page, StringComparison.Ordinal);
        Assert.Equal(0, await portal.ScalarAsync("SELECT COUNT(*) FROM dim_submission"));
    }

    [Fact]
    public async Task A_regional_officer_sends_a_district_of_their_region_and_a_mistake_comes_back_by_sheet_and_cell()
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("abai.officer", PortalRoles.RegionalOfficer, Abai, language: "kk");

        var accepted = await PortalHost.UploadAsync(browser, Return(Semey), "semey.xlsx");
        var mistaken = await PortalHost.UploadAsync(browser, Return(Kurchatov).Cell("subjects", "E3", -5), "kurchatov.xlsx");

        Assert.Contains("<strong>semey.xlsx</strong>: қабылданды (v1)", accepted, StringComparison.Ordinal);
        Assert.Contains("<strong>kurchatov.xlsx</strong>: қабылданбады", mistaken, StringComparison.Ordinal);
        Assert.Contains("kurchatov.xlsx › subjects!E3", mistaken, StringComparison.Ordinal);
        Assert.Equal(1, await portal.ScalarAsync("SELECT COUNT(*) FROM dim_submission"));
    }

    [Fact]
    public async Task A_rejected_workbook_comes_back_with_each_problem_cell_marked_and_a_first_sheet_linking_to_them_for_its_sender_only()
    {
        await using var portal = await PortalHost.StartAsync();
        await portal.AddAccountAsync("abai.officer", PortalRoles.RegionalOfficer, Abai, language: "kk");
        await portal.AddAccountAsync("another.officer", PortalRoles.RegionalOfficer, Abai);
        using var browser = portal.Browser();
        await PortalHost.SignInAsync(browser, "abai.officer", PortalHost.Password);

        var page = await PortalHost.UploadAsync(browser, Return(Kurchatov).Cell("subjects", "E3", -5), "kurchatov.xlsx");
        var link = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "href=\"(?<link>/Returns/Checked[^\"]+)\"").Groups["link"].Value);
        var file = await browser.GetAsync(link);
        using var stranger = portal.Browser();
        await PortalHost.SignInAsync(stranger, "another.officer", PortalHost.Password);

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        using var workbook = new ClosedXML.Excel.XLWorkbook(await file.Content.ReadAsStreamAsync());
        var problems = workbook.Worksheet(1);
        Assert.Equal("Қателер", problems.Name);
        Assert.Equal(("subjects", "E3"), (problems.Cell("A2").GetString(), problems.Cell("B2").GetString()));
        Assert.Equal("'subjects'!E3", problems.Cell("B2").Hyperlink.InternalAddress);
        var marked = workbook.Worksheet("subjects").Cell("E3");
        Assert.Equal(problems.Cell("C2").GetString(), marked.Comment.Text);
        Assert.Contains("теріс", marked.Comment.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ClosedXML.Excel.XLColor.FromHtml("#FFC7CE"), marked.Style.Fill.BackgroundColor);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(link.Replace("file=", "file=..%2F", StringComparison.Ordinal))).StatusCode);
    }

    private static ReturnBuilder Return(string unit)
    {
        var builder = new ReturnBuilder(unit, "2026Q2");
        // Sent on the day the portal's clock stands at.
        builder.Header = builder.Header with { SubmittedOn = new DateOnly(2026, 7, 1) };
        return builder;
    }
}
