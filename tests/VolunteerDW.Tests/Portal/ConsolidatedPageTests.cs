using System.Net;
using System.Text.RegularExpressions;
using VolunteerDW.Etl.Workflow;
using VolunteerDW.Tests.Support;
using VolunteerDW.Tests.Workflow;
using VolunteerDW.Warehouse.Codes;
using static VolunteerDW.Tests.Workflow.AbaiConsolidation;

namespace VolunteerDW.Tests.Portal;

/// <summary>
/// A region's consolidated figures in the portal (<c>/Approval/Consolidated</c>): the accepted
/// districts' sum, the region's own rows, the pre-filled total, the claim and the difference, with
/// the districts counted and not; the region's own officer and the ministry only; and the region's
/// template downloaded from the portal holding the same totals.
/// </summary>
public sealed partial class ConsolidatedPageTests
{
    private const string Almaty = "750000000", Address = $"/Approval/Consolidated?region={Abai}&quarter=2026Q2";

    // 3 July 2026, 09:00 in Kazakhstan: the second quarter's returns are coming in.
    private static readonly DateTimeOffset July3 = new(2026, 7, 3, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_regional_officer_sees_each_cell_from_the_accepted_districts_and_its_own_rows_beside_its_claim_and_who_was_counted()
    {
        await using var portal = await PortalHost.StartAsync(now: July3);
        await ArrangeAsync(portal.Warehouse.Connections, portal.Time, portal.Warehouse.Folder);
        using var abai = await portal.SignedInAsync("abai.officer", PortalRoles.RegionalOfficer, Abai);

        var page = await abai.GetStringAsync(Address);

        Assert.Contains("<h1>Свод по области: область Абай, 2-й квартал 2026 г.</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<caption id=\"caption-consolidation\">", page, StringComparison.Ordinal);
        // Districts, own, total, claimed, difference — subjects, people, of which new each; a blank is a dash.
        Assert.Equal(["80", "80", "—", "—", "—", "—", "80", "80", "—", "85", "80", "—", "5", "0", "—"], Cells(page, "volunteer", "environment"));
        Assert.Equal(["120", "150", "15", "30", "40", "5", "150", "190", "20", "150", "190", "20", "0", "0", "0"], Cells(page, "volunteer", "social_assistance"));
        Assert.Equal(["4", "35", "—", "1", "—", "—", "5", "35", "—", "—", "—", "—", "—", "—", "—"], Cells(page, "volunteer_group", "social_assistance"));
        Assert.All(Cells(page, "coordinator", "social_services"), cell => Assert.Equal("—", cell));
        Assert.Contains("<tr id=\"cell-volunteer-environment\" class=\"differs\">", page, StringComparison.Ordinal);

        var (counted, left) = (page[..page.IndexOf("id=\"not-counted\"", StringComparison.Ordinal)], page[page.IndexOf("id=\"not-counted\"", StringComparison.Ordinal)..]);
        Assert.Contains($"id=\"district-{Semey}\"", counted, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"district-{Kurchatov}\"", counted, StringComparison.Ordinal);
        Assert.Matches($"id=\"district-{Kurchatov}\">[^<]*<span class=\"state returned_to_district\">Возвращен на доработку</span>", left);
        Assert.Matches($"id=\"district-{AbaiDistrict}\">[^<]*<span class=\"state awaiting_region\">На рассмотрении области</span>", left);
        Assert.DoesNotContain($"id=\"district-{Semey}\"", left, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_regions_template_from_the_portal_holds_the_same_totals_as_openpyxl_reads_them()
    {
        await using var portal = await PortalHost.StartAsync(now: July3);
        await ArrangeAsync(portal.Warehouse.Connections, portal.Time, portal.Warehouse.Folder);
        using var abai = await portal.SignedInAsync("abai.officer", PortalRoles.RegionalOfficer, Abai);

        var file = await abai.GetAsync($"/Returns/Template?handler=Download&unit={Abai}&quarter=2026Q2");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        var path = Path.Combine(portal.Warehouse.Folder, "abai-template.xlsx");
        await File.WriteAllBytesAsync(path, await file.Content.ReadAsByteArrayAsync());

        var counts = await TemplateCounts.ReadAsync(path, "consolidated");
        Assert.Equal(28, counts.Rows!.Count);
        Assert.All(counts.Rows, row => Assert.Equal(Expected.TryGetValue(row.Key, out var expected) ? expected.Total : SubjectFigures.NotReported, row.Value));
    }

    [Theory]
    [InlineData(PortalRoles.RegionalOfficer, Abai, Address, HttpStatusCode.OK)]
    [InlineData(PortalRoles.MinistryAnalyst, null, Address, HttpStatusCode.OK)]
    [InlineData(PortalRoles.Administrator, null, Address, HttpStatusCode.OK)]
    [InlineData(PortalRoles.RegionalOfficer, Almaty, Address, HttpStatusCode.Forbidden)]
    [InlineData(PortalRoles.DistrictOfficer, Semey, Address, HttpStatusCode.Forbidden)]
    [InlineData(PortalRoles.RegionalOfficer, Abai, $"/Approval/Consolidated?region={Semey}&quarter=2026Q2", HttpStatusCode.Forbidden)]
    [InlineData(PortalRoles.RegionalOfficer, Abai, "/Approval/Consolidated?quarter=2026Q2", HttpStatusCode.Forbidden)]
    [InlineData(PortalRoles.MinistryAnalyst, null, $"/Approval/Consolidated?region={Semey}&quarter=2026Q2", HttpStatusCode.NotFound)]
    [InlineData(PortalRoles.MinistryAnalyst, null, "/Approval/Consolidated?region=999999999&quarter=2026Q2", HttpStatusCode.NotFound)]
    [InlineData(PortalRoles.MinistryAnalyst, null, $"/Approval/Consolidated?region={Abai}&quarter=2026Q5", HttpStatusCode.BadRequest)]
    [InlineData(PortalRoles.MinistryAnalyst, null, $"/Approval/Consolidated?region={Abai}&quarter=1999Q1", HttpStatusCode.BadRequest)]
    [InlineData(PortalRoles.RegionalOfficer, Abai, $"/Approval/Consolidated?region={Abai}", HttpStatusCode.BadRequest)]
    public async Task A_region_is_shown_only_to_its_own_officer_and_the_ministry(string role, string? unit, string address, HttpStatusCode answer)
    {
        await using var portal = await PortalHost.StartAsync(now: July3);
        using var browser = await portal.SignedInAsync("someone", role, unit);

        Assert.Equal(answer, (await browser.GetAsync(address)).StatusCode);
    }

    [Fact]
    public async Task Nobody_signed_out_sees_it()
    {
        await using var portal = await PortalHost.StartAsync(now: July3);
        using var browser = portal.Browser();

        var answer = await browser.GetAsync(Address);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("https://localhost/SignIn", answer.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    // The figures of one subject type × activity type's row, as the reader reads them.
    private static List<string> Cells(string page, string subject, string activity)
    {
        var start = page.IndexOf($"<tr id=\"cell-{subject}-{activity}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row for {subject} × {activity}");
        var row = page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
        return [.. Figure().Matches(row).Select(match => WebUtility.HtmlDecode(match.Groups["text"].Value))];
    }

    [GeneratedRegex("<td class=\"number [a-z]+\">(?<text>[^<]*)</td>")]
    private static partial Regex Figure();
}
