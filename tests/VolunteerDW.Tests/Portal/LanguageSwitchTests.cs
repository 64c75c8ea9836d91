using System.Net;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Tests.Portal;

/// <summary>Switching language while signed in: every page speaks it at once, and the account keeps it for the next session.</summary>
public sealed class LanguageSwitchTests
{
    [Fact]
    public async Task The_chosen_language_is_spoken_at_once_and_kept_with_the_account_for_the_next_session()
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("analyst", PortalRoles.MinistryAnalyst, null);
        Assert.Contains("<html lang=\"ru\">", await browser.GetStringAsync("/"), StringComparison.Ordinal);

        var switched = await SwitchAsync(browser, "kk", "/Dashboard?quarter=2026Q1");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/Dashboard?quarter=2026Q1", switched.Headers.Location!.OriginalString);
        Assert.Contains("<h1>Бүкіл ел, 2026 жылғы 1-тоқсан</h1>", await browser.GetStringAsync("/Dashboard?quarter=2026Q1"), StringComparison.Ordinal);
        Assert.Equal(1, await portal.ScalarAsync("SELECT COUNT(*) FROM portal_user WHERE user_name = 'analyst' AND language = 'kk'"));
        using var another = portal.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await PortalHost.SignInAsync(another, "analyst", PortalHost.Password)).StatusCode);
        Assert.Contains("<html lang=\"kk\">", await another.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://elsewhere.example/")]
    [InlineData("//elsewhere.example/")]
    [InlineData(null)]
    public async Task The_switch_returns_only_to_a_page_of_the_portal(string? returnUrl)
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("analyst", PortalRoles.MinistryAnalyst, null);

        var switched = await SwitchAsync(browser, "ru", returnUrl);

        Assert.Equal("/", switched.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("")]
    [InlineData("kk'; DROP TABLE portal_user; --")]
    public async Task A_language_the_portal_does_not_speak_is_refused_and_nothing_changes(string language)
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("analyst", PortalRoles.MinistryAnalyst, null);

        Assert.Equal(HttpStatusCode.BadRequest, (await SwitchAsync(browser, language, "/")).StatusCode);
        Assert.Equal(1, await portal.ScalarAsync("SELECT COUNT(*) FROM portal_user WHERE user_name = 'analyst' AND language = 'ru'"));
    }

    [Fact]
    public async Task A_switch_without_the_pages_antiforgery_token_is_refused()
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("analyst", PortalRoles.MinistryAnalyst, null);

        var forged = await browser.PostAsync("/Account/Language", new FormUrlEncodedContent(new Dictionary<string, string> { ["lang"] = "kk" }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(1, await portal.ScalarAsync("SELECT COUNT(*) FROM portal_user WHERE user_name = 'analyst' AND language = 'ru'"));
    }

    private static async Task<HttpResponseMessage> SwitchAsync(HttpClient browser, string language, string? returnUrl)
    {
        var token = await PortalHost.FormTokenAsync(browser, "/");
        var fields = new Dictionary<string, string> { ["lang"] = language, ["__RequestVerificationToken"] = token };
        if (returnUrl is not null)
        {
            fields["returnUrl"] = returnUrl;
        }

        return await browser.PostAsync("/Account/Language", new FormUrlEncodedContent(fields));
    }
}
