using System.Net;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Tests.Portal;

/// <summary>The dashboard: who has reported for a quarter, on a tile per region, and each region's units with their figures.</summary>
public sealed class DashboardTests
{
    private const string Semey = "101000000", Abai = "100000000", Almaty = "750000000";

    // The first quarter of 2026: districts send by 5 April; the portal opens on the 3rd, at 09:00 in Kazakhstan.
    private static readonly DateTimeOffset BeforeDeadline = new(2026, 4, 3, 4, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AfterDeadline = new(2026, 4, 6, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_return_sent_on_time_turns_its_regions_tile_and_counts_and_the_quarter_shown_first_is_the_one_just_due()
    {
        await using var portal = await PortalHost.StartAsync(now: BeforeDeadline);
        using var officer = await portal.SignedInAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);
        using var analyst = await portal.SignedInAsync("analyst", PortalRoles.MinistryAnalyst, null);
        var before = await analyst.GetStringAsync("/Dashboard?quarter=2026Q1");

        Assert.Contains("принят (v1)", await PortalHost.UploadAsync(officer, FirstQuarter(Semey), "semey.xlsx"), StringComparison.Ordinal);
        portal.Time.SetUtcNow(AfterDeadline);
        // The session of three days ago has ended: a new one.
        using var later = await portal.SignedInAsync("analyst.later", PortalRoles.MinistryAnalyst, null);
        var after = await later.GetStringAsync("/Dashboard");

        var expected = await portal.ScalarAsync(
            "SELECT COUNT(*) FROM fact_submission_timeliness AS t JOIN dim_region AS u ON u.region_sk = t.region_sk WHERE t.quarter_key = 20261 AND t.tier = 1 AND u.region_kato = '100000000'");
        Assert.True(expected > 1);
        Assert.Contains($">0 / {expected}</text>", Tile(before, "область Абай"), StringComparison.Ordinal);
        Assert.Contains("<h1>Вся страна, 1-й квартал 2026 г.</h1>", after, StringComparison.Ordinal);
        var tile = Tile(after, "область Абай");
        Assert.Contains($">1 / {expected}</text>", tile, StringComparison.Ordinal);
        // The tile's figure: the share of Abai's expected district returns received on time.
        Assert.StartsWith($"область Абай: {Math.Round(100.0 / expected, 1).ToString(System.Globalization.CultureInfo.GetCultureInfo("ru-RU"))}</title>", tile, StringComparison.Ordinal);
        Assert.Contains("<dd data-count=\"On time\">1</dd>", after, StringComparison.Ordinal);
        Assert.Contains("<dd data-count=\"Received\">1</dd>", after, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Dashboard?quarter=2026Q1&amp;region={Abai}\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_regional_officer_sees_their_regions_units_each_with_its_status_and_figures()
    {
        await using var portal = await PortalHost.StartAsync(now: BeforeDeadline);
        using var officer = await portal.SignedInAsync("abai.officer", PortalRoles.RegionalOfficer, Abai);
        Assert.Contains("принят (v1)", await PortalHost.UploadAsync(officer, FirstQuarter(Semey), "semey.xlsx"), StringComparison.Ordinal);
        portal.Time.SetUtcNow(AfterDeadline);
        using var later = await portal.SignedInAsync("abai.officer.later", PortalRoles.RegionalOfficer, Abai, language: "kk");

        var page = await later.GetStringAsync("/Dashboard");

        Assert.Contains("<h1>Абай облысы, 2026 жылғы 1-тоқсан</h1>", page, StringComparison.Ordinal);
        var units = Section(page, "table-units");
        // Semey's row: on time, sent on 3 April, 204 subjects (120 + 80 volunteers, 4 groups, no organisation) and 200 volunteers.
        var semey = Row(units, "Семей қаласы");
        Assert.Contains("Уақтылы", semey, StringComparison.Ordinal);
        Assert.Contains(">2026 жылғы 3 сәуір<", semey, StringComparison.Ordinal);
        Assert.Contains(">204<", semey, StringComparison.Ordinal);
        Assert.Contains(">200<", semey, StringComparison.Ordinal);
        Assert.Contains("Тапсырылмаған", Row(units, "Курчатов қаласы"), StringComparison.Ordinal);
        Assert.DoesNotContain("Алматы", units, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"chart tiles\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PortalRoles.DistrictOfficer, Semey, "", HttpStatusCode.Forbidden)]
    [InlineData(PortalRoles.DistrictOfficer, Semey, "&region=100000000", HttpStatusCode.Forbidden)]
    [InlineData(PortalRoles.RegionalOfficer, Abai, "", HttpStatusCode.OK)]
    [InlineData(PortalRoles.RegionalOfficer, Abai, "&region=100000000", HttpStatusCode.OK)]
    [InlineData(PortalRoles.RegionalOfficer, Abai, "&region=750000000", HttpStatusCode.Forbidden)]
    [InlineData(PortalRoles.MinistryAnalyst, null, "", HttpStatusCode.OK)]
    [InlineData(PortalRoles.MinistryAnalyst, null, "&region=750000000", HttpStatusCode.OK)]
    [InlineData(PortalRoles.Administrator, null, "&region=100000000", HttpStatusCode.OK)]
    [InlineData(PortalRoles.MinistryAnalyst, null, "&region=101000000", HttpStatusCode.NotFound)]
    [InlineData(PortalRoles.MinistryAnalyst, null, "&region=999999999", HttpStatusCode.NotFound)]
    public async Task Each_role_sees_only_the_country_or_region_it_answers_for(string role, string? unit, string region, HttpStatusCode answer)
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("someone", role, unit);

        Assert.Equal(answer, (await browser.GetAsync($"/Dashboard?quarter=2026Q1{region}")).StatusCode);
    }

    [Theory]
    [InlineData("2026Q5")]
    [InlineData("2016Q4")]
    [InlineData("last")]
    public async Task A_quarter_that_is_not_one_is_refused(string quarter)
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("analyst", PortalRoles.MinistryAnalyst, null);

        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync($"/Dashboard?quarter={quarter}")).StatusCode);
    }

    [Fact]
    public async Task Nobody_signed_out_sees_the_dashboard()
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = portal.Browser();

        var answer = await browser.GetAsync($"/Dashboard?region={Almaty}");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/SignIn", answer.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [InlineData("2026-04-05", "2025Q4")]
    [InlineData("2026-04-06", "2026Q1")]
    [InlineData("2027-01-05", "2026Q3")]
    [InlineData("2027-01-06", "2026Q4")]
    [InlineData("2026-12-31", "2026Q3")]
    public void The_quarter_shown_first_is_the_latest_whose_district_deadline_has_passed(string today, string quarter) =>
        Assert.Equal(Quarter.Parse(quarter), Quarter.LatestDueBy(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    private static ReturnBuilder FirstQuarter(string unit)
    {
        var builder = new ReturnBuilder(unit, "2026Q1");
        builder.Header = builder.Header with { SubmittedOn = new DateOnly(2026, 4, 3) };
        return builder;
    }

    // A region's square on the tile map: from its title to the next square.
    private static string Tile(string page, string region)
    {
        var start = page.IndexOf($"<title>{region}: ", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No tile for {region}.");
        var next = page.IndexOf("<rect class=\"tile\"", start, StringComparison.Ordinal);
        return page[(start + "<title>".Length)..(next < 0 ? page.Length : next)];
    }

    private static string Section(string page, string id)
    {
        var start = page.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No {id} on the page.");
        return page[start..page.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    private static string Row(string table, string name)
    {
        var at = table.IndexOf(name, StringComparison.Ordinal);
        Assert.True(at >= 0, $"No row for {name}.");
        return table[at..table.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }
}
