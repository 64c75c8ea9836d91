using System.Net;
using ClosedXML.Excel;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Tests.Portal;

/// <summary>Downloading a unit's pre-filled return: one's own units only, whatever the address asks.</summary>
public sealed class TemplateDownloadTests
{
    private const string Semey = "101000000", Kurchatov = "101800000", Abai = "100000000", Almaly = "751110000";

    [Fact]
    public async Task A_district_officer_is_offered_and_given_their_own_units_return_for_the_current_quarter()
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);

        var form = await browser.GetStringAsync("/Returns/Template");
        var file = await browser.GetAsync($"/Returns/Template?handler=Download&unit={Semey}&quarter=2026Q3");

        Assert.Contains($"<option value=\"{Semey}\">", form, StringComparison.Ordinal);
        Assert.DoesNotContain($"<option value=\"{Kurchatov}\">", form, StringComparison.Ordinal);
        // The portal's clock stands in Kazakhstan's third quarter of 2026.
        Assert.Contains("value=\"2026Q3\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal($"{Semey}_2026Q3.xlsx", file.Content.Headers.ContentDisposition!.FileNameStar ?? file.Content.Headers.ContentDisposition.FileName);
        using var workbook = new XLWorkbook(await file.Content.ReadAsStreamAsync());
        var submission = workbook.Worksheet("submission");
        Assert.Equal((Semey, "2026", "3"), (submission.Cell("C2").GetString(), submission.Cell("C4").GetString(), submission.Cell("C5").GetString()));
    }

    [Theory]
    [InlineData(PortalRoles.DistrictOfficer, Semey, Kurchatov, HttpStatusCode.Forbidden)]
    [InlineData(PortalRoles.DistrictOfficer, Semey, Abai, HttpStatusCode.Forbidden)]
    [InlineData(PortalRoles.RegionalOfficer, Abai, Semey, HttpStatusCode.OK)]
    [InlineData(PortalRoles.RegionalOfficer, Abai, Abai, HttpStatusCode.OK)]
    [InlineData(PortalRoles.RegionalOfficer, Abai, Almaly, HttpStatusCode.Forbidden)]
    [InlineData(PortalRoles.MinistryAnalyst, null, Almaly, HttpStatusCode.OK)]
    public async Task A_unit_in_the_address_is_given_only_to_whom_it_belongs(string role, string? own, string asked, HttpStatusCode answer)
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("someone", role, own);

        var file = await browser.GetAsync($"/Returns/Template?handler=Download&unit={asked}&quarter=2026Q3");

        Assert.Equal(answer, file.StatusCode);
    }

    [Fact]
    public async Task Semey_before_the_2022_reform_counted_for_East_Kazakhstan_so_Abais_officer_cannot_have_that_return()
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("abai.officer", PortalRoles.RegionalOfficer, Abai);

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync($"/Returns/Template?handler=Download&unit={Semey}&quarter=2021Q4")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/Returns/Template?handler=Download&unit={Semey}&quarter=2022Q3")).StatusCode);
    }

    [Theory]
    [InlineData("unit=999999999&quarter=2026Q3", HttpStatusCode.NotFound)]
    [InlineData($"unit={Semey}&quarter=2026Q5", HttpStatusCode.BadRequest)]
    [InlineData($"unit={Semey}&quarter=1999Q1", HttpStatusCode.BadRequest)]
    public async Task A_unit_or_quarter_that_is_not_one_is_refused(string query, HttpStatusCode answer)
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("analyst", PortalRoles.MinistryAnalyst, null);

        Assert.Equal(answer, (await browser.GetAsync($"/Returns/Template?handler=Download&{query}")).StatusCode);
    }

    [Fact]
    public async Task Nobody_signed_out_gets_a_return()
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = portal.Browser();

        var file = await browser.GetAsync($"/Returns/Template?handler=Download&unit={Semey}&quarter=2026Q3");

        Assert.Equal(HttpStatusCode.Redirect, file.StatusCode);
        Assert.StartsWith("https://localhost/SignIn", file.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
