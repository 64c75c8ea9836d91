using Microsoft.Extensions.DependencyInjection;
using VolunteerDW.Portal.Pages.Dashboard;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Tests.Portal;

/// <summary>The dashboard is made once per quarter, region and language while the data stays the same, and made anew as soon as it changes.</summary>
public sealed class DashboardCacheTests
{
    private const string Semey = "101000000", Abai = "100000000";

    [Fact]
    public async Task An_unchanged_warehouse_is_not_built_again_and_a_new_load_shows_at_the_next_request()
    {
        await using var portal = await PortalHost.StartAsync();
        var dashboards = portal.Services.GetRequiredService<DashboardCache>();
        using var officer = await portal.SignedInAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);
        using var analyst = await portal.SignedInAsync("analyst", PortalRoles.MinistryAnalyst, null);
        using var another = await portal.SignedInAsync("another.analyst", PortalRoles.MinistryAnalyst, null);

        var first = await analyst.GetStringAsync("/Dashboard?quarter=2026Q2");
        await another.GetStringAsync("/Dashboard?quarter=2026Q2");
        Assert.Equal(1, dashboards.Builds);
        Assert.Contains("<dd data-count=\"Received\">0</dd>", first, StringComparison.Ordinal);

        Assert.Contains("принят (v1)", await PortalHost.UploadAsync(officer, new ReturnBuilder(Semey).SentOn(new DateOnly(2026, 7, 1)), "semey.xlsx"), StringComparison.Ordinal);
        var after = await analyst.GetStringAsync("/Dashboard?quarter=2026Q2");

        Assert.Equal(2, dashboards.Builds);
        Assert.Contains("<dd data-count=\"Received\">1</dd>", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_quarter_region_and_language_is_made_on_its_own()
    {
        await using var portal = await PortalHost.StartAsync();
        var dashboards = portal.Services.GetRequiredService<DashboardCache>();
        using var russian = await portal.SignedInAsync("analyst.ru", PortalRoles.MinistryAnalyst, null);
        using var kazakh = await portal.SignedInAsync("analyst.kk", PortalRoles.MinistryAnalyst, null, language: "kk");

        var country = await russian.GetStringAsync("/Dashboard?quarter=2026Q2");
        var region = await russian.GetStringAsync($"/Dashboard?quarter=2026Q2&region={Abai}");
        var earlier = await russian.GetStringAsync("/Dashboard?quarter=2026Q1");
        var inKazakh = await kazakh.GetStringAsync("/Dashboard?quarter=2026Q2");
        await russian.GetStringAsync($"/Dashboard?quarter=2026Q2&region={Abai}");

        Assert.Equal(4, dashboards.Builds);
        Assert.Contains("<h1>Вся страна, 2-й квартал 2026 г.</h1>", country, StringComparison.Ordinal);
        Assert.Matches("<h1>[^<]*Абай[^<]*</h1>", region);
        Assert.Contains("1-й квартал 2026 г.</h1>", earlier, StringComparison.Ordinal);
        Assert.Contains("2026 жылғы 2-тоқсан</h1>", inKazakh, StringComparison.Ordinal);
    }
}
