using System.Net;
using Dapper;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Tests.Portal;

/// <summary>Signing in and out: who gets in, who does not, and the record of each attempt.</summary>
public sealed class SignInTests
{
    [Fact]
    public async Task An_officer_signs_in_and_the_portal_names_them_their_role_and_their_unit_in_their_language()
    {
        await using var portal = await PortalHost.StartAsync();
        Assert.True((await portal.AddAccountAsync("semey.officer", language: "kk")).Done);
        using var browser = portal.Browser();

        var signedIn = await PortalHost.SignInAsync(browser, "Semey.Officer", PortalHost.Password);
        var home = await browser.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
        Assert.Contains("<html lang=\"kk\">", home, StringComparison.Ordinal);
        Assert.Contains("semey.officer (display)", home, StringComparison.Ordinal);
        Assert.Contains("Аудан немесе қала қызметкері", home, StringComparison.Ordinal);
        Assert.Contains("Семей қаласы (101000000)", home, StringComparison.Ordinal);
        Assert.Equal([(AuditActions.SignedIn, "Semey.Officer", (string?)null)], await AuditAsync(portal));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_name_get_the_same_answer_and_both_are_on_the_record()
    {
        await using var portal = await PortalHost.StartAsync();
        await portal.AddAccountAsync("semey.officer");
        using var browser = portal.Browser();

        var wrongPassword = await PortalHost.SignInAsync(browser, "semey.officer", "not the password at all");
        var unknownName = await PortalHost.SignInAsync(browser, "nobody.here", PortalHost.Password);

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Contains("Неверное имя пользователя или пароль.", await wrongPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Неверное имя пользователя или пароль.", await unknownName.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
        Assert.Equal([(AuditActions.SignInRefused, (string?)null, "semey.officer"), (AuditActions.SignInRefused, null, "nobody.here")], await AuditAsync(portal));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes_even_against_the_right_one()
    {
        await using var portal = await PortalHost.StartAsync();
        await portal.AddAccountAsync("semey.officer");
        using var browser = portal.Browser();
        for (var attempt = 1; attempt < AccountRules.WrongPasswords; attempt++)
        {
            await PortalHost.SignInAsync(browser, "semey.officer", "not the password at all");
        }

        var fifth = await PortalHost.SignInAsync(browser, "semey.officer", "not the password at all");
        var rightButLocked = await PortalHost.SignInAsync(browser, "semey.officer", PortalHost.Password);
        portal.Time.Advance(AccountRules.Lockout - TimeSpan.FromSeconds(1));
        var stillLocked = await PortalHost.SignInAsync(browser, "semey.officer", PortalHost.Password);
        portal.Time.Advance(TimeSpan.FromSeconds(2));
        var afterTheLockout = await PortalHost.SignInAsync(browser, "semey.officer", PortalHost.Password);

        Assert.Contains("заблокирована на 15 минут", await fifth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, rightButLocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillLocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterTheLockout.StatusCode);
        Assert.Equal(3, (await AuditAsync(portal)).Count(e => e.Action == AuditActions.LockedOut));
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_and_its_open_session_ends()
    {
        await using var portal = await PortalHost.StartAsync();
        await portal.AddAccountAsync("semey.officer");
        using var browser = portal.Browser();
        await PortalHost.SignInAsync(browser, "semey.officer", PortalHost.Password);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);

        Assert.True((await portal.AdministerAsync(admin => admin.DisableAsync("semey.officer", "test"))).Done);
        portal.Time.Advance(TimeSpan.FromMinutes(2));
        using var another = portal.Browser();
        var refused = await PortalHost.SignInAsync(another, "semey.officer", PortalHost.Password);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Неверное имя пользователя или пароль.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://elsewhere.example/phish", "/")]
    [InlineData("//elsewhere.example/phish", "/")]
    [InlineData("/?page=2", "/?page=2")]
    public async Task After_signing_in_the_portal_returns_only_to_a_page_of_its_own(string returnUrl, string landing)
    {
        await using var portal = await PortalHost.StartAsync();
        await portal.AddAccountAsync("semey.officer");
        using var browser = portal.Browser();

        var signedIn = await PortalHost.SignInAsync(browser, "semey.officer", PortalHost.Password, returnUrl);

        Assert.Equal(landing, signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_is_on_the_record()
    {
        await using var portal = await PortalHost.StartAsync();
        await portal.AddAccountAsync("semey.officer");
        using var browser = portal.Browser();
        await PortalHost.SignInAsync(browser, "semey.officer", PortalHost.Password);

        var token = await PortalHost.FormTokenAsync(browser, "/");
        var signedOut = await browser.PostAsync("/SignOut", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal("/SignIn", signedOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
        Assert.Equal((AuditActions.SignedOut, "semey.officer", (string?)null), (await AuditAsync(portal))[^1]);
    }

    private static async Task<List<(string Action, string? UserName, string? Subject)>> AuditAsync(PortalHost portal)
    {
        await using var connection = await portal.Warehouse.Connections.OpenAsync();
        return [.. await connection.QueryAsync<(string, string?, string?)>(
            "SELECT action, user_name, subject FROM portal_audit WHERE action <> @added ORDER BY audit_key", new { added = AuditActions.UserAdded })];
    }
}
