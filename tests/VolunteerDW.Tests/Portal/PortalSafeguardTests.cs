using System.Net;
using System.Text.RegularExpressions;
using VolunteerDW.Portal.Hosting;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Tests.Portal;

/// <summary>The safeguards around every page: antiforgery, cookies, the content security policy, the sign-in rate limit.</summary>
public sealed partial class PortalSafeguardTests
{
    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        await using var portal = await PortalHost.StartAsync();
        await portal.AddAccountAsync("semey.officer");
        using var browser = portal.Browser();

        var forged = await browser.PostAsync("/SignIn", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "semey.officer", ["Password"] = PortalHost.Password }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_page_asked_for_without_signing_in_sends_the_browser_to_sign_in_and_back()
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = portal.Browser();

        var home = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("https://localhost/SignIn?ReturnUrl=%2F", home.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Over_HTTPS_session_and_antiforgery_cookies_are_secure_http_only_and_strict()
    {
        await using var portal = await PortalHost.StartAsync();
        await portal.AddAccountAsync("semey.officer");
        using var browser = portal.Browser();

        var form = await browser.GetAsync("/SignIn");
        var signedIn = await PortalHost.SignInAsync(browser, "semey.officer", PortalHost.Password);

        var cookies = form.Headers.GetValues("Set-Cookie").Concat(signedIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("vdw-antiforgery=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("vdw-session=", StringComparison.Ordinal));
        Assert.All(cookies, cookie =>
        {
            Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Theory]
    [InlineData("/SignIn")]
    [InlineData("/")]
    [InlineData("/Dashboard")]
    [InlineData("/Dashboard?quarter=2026Q1&region=100000000")]
    [InlineData("/Returns/Template")]
    [InlineData("/Returns/Upload")]
    [InlineData("/Returns")]
    [InlineData("/Approval")]
    [InlineData("/Approval?quarter=2026Q1&region=100000000")]
    public async Task Every_page_forbids_inline_script_and_loads_only_the_portals_own_files(string path)
    {
        await using var portal = await PortalHost.StartAsync();
        // The administrator is shown every page.
        await portal.AddAccountAsync("admin", PortalRoles.Administrator, unit: null);
        using var browser = portal.Browser();
        await PortalHost.SignInAsync(browser, "admin", PortalHost.Password);

        var page = await browser.GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=\"/)", html);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.All(Reference().Matches(html), m => Assert.StartsWith("/", m.Groups["url"].Value, StringComparison.Ordinal));
        foreach (var (asset, type) in new[] { ("/assets/portal.css", "text/css"), ("/assets/htmx.min.js", "text/javascript"), ("/assets/portal.js", "text/javascript") })
        {
            Assert.Contains($"\"{asset}\"", html, StringComparison.Ordinal);
            var served = await browser.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            Assert.Equal(type, served.Content.Headers.ContentType!.MediaType);
            using var head = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Head, asset));
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/assets/portal.exe")).StatusCode);
    }

    [Fact]
    public async Task A_name_given_to_an_account_is_shown_as_text_never_as_markup()
    {
        await using var portal = await PortalHost.StartAsync();
        await portal.AdministerAsync(admin => admin.AddAsync(new() { UserName = "analyst", DisplayName = "<script>alert(1)</script>", Role = PortalRoles.MinistryAnalyst, Language = "ru" },
            PortalHost.Password, "test"));
        using var browser = portal.Browser();
        await PortalHost.SignInAsync(browser, "analyst", PortalHost.Password);

        var html = await browser.GetStringAsync("/");

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("Вся страна", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_from_one_address_are_answered_429()
    {
        // A window far longer than the test, so that no window ends while it runs.
        await using var portal = await PortalHost.StartAsync(new PortalSettings { SignInAttempts = 3, SignInWindow = TimeSpan.FromDays(1) });
        await portal.AddAccountAsync("semey.officer");
        using var browser = portal.Browser();

        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            answers.Add((await PortalHost.SignInAsync(browser, "semey.officer", "not the password at all")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/SignIn")).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_page_speaks_the_language_chosen_on_it_and_remembers_it()
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = portal.Browser();

        var chosen = await browser.GetAsync("/SignIn?lang=kk");
        var page = await browser.GetStringAsync("/SignIn");

        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Contains("<html lang=\"kk\">", page, StringComparison.Ordinal);
        Assert.Contains("Құпиясөз", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("(?:href|src|action)=\"(?<url>[^\"]*)\"")]
    private static partial Regex Reference();
}
