using System.Net;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Tests.Portal;

/// <summary>The administration pages and every change they make: administrators only, refused to everyone else on the server.</summary>
public sealed class AdminAccessTests
{
    private const string Semey = "101000000", Abai = "100000000";

    public static TheoryData<string> Pages => ["/Admin/Users", "/Admin/Service", "/Admin/Audit"];

    /// <summary>Every change the administration pages take, with fields that would do it if the sender were allowed.</summary>
    public static TheoryData<string, string> Changes => new()
    {
        { "/Admin/Users?handler=Add", "UserName=intruder&DisplayName=x&Role=administrator&Language=ru&Password=a+long+enough+password&RepeatPassword=a+long+enough+password" },
        { "/Admin/Users?handler=Disable", "userName=active.admin" },
        { "/Admin/Users?handler=Enable", "userName=disabled.admin" },
        { "/Admin/Users?handler=ResetPassword", "userName=active.admin&password=a+long+enough+password&repeatPassword=a+long+enough+password" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task An_administrator_opens_each_page(string path)
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("admin", PortalRoles.Administrator, null);

        var page = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(1, AdminPages.Count(await page.Content.ReadAsStringAsync(), "h1"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_other_role_is_refused_each_page(string path)
    {
        await using var portal = await PortalHost.StartAsync();
        foreach (var (name, role, unit) in OtherRoles)
        {
            using var browser = await portal.SignedInAsync(name, role, unit);

            Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(path)).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_signed_out_visitor_is_sent_to_sign_in(string path)
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = portal.Browser();

        var answer = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("/SignIn", answer.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Every_other_role_is_refused_each_change_even_with_a_valid_form_token(string path, string fields)
    {
        await using var portal = await PortalHost.StartAsync();
        await AccountsToChangeAsync(portal);
        foreach (var (name, role, unit) in OtherRoles)
        {
            using var browser = await portal.SignedInAsync(name, role, unit);
            // A token the person may have: from their own home page's sign-out form.
            var token = await PortalHost.FormTokenAsync(browser, "/");

            var answer = await browser.PostAsync(path, Form($"{fields}&__RequestVerificationToken={Uri.EscapeDataString(token)}"));

            Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        }

        await AssertUnchangedAsync(portal, ["active.admin", "analyst", "disabled.admin", "district", "regional"]);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task A_signed_out_visitor_is_refused_each_change(string path, string fields)
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = portal.Browser();
        var token = await PortalHost.FormTokenAsync(browser, "/SignIn");

        await AccountsToChangeAsync(portal);

        var answer = await browser.PostAsync(path, Form($"{fields}&__RequestVerificationToken={Uri.EscapeDataString(token)}"));

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("/SignIn", answer.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        await AssertUnchangedAsync(portal, ["active.admin", "disabled.admin"]);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task An_administrators_change_without_the_form_token_is_refused(string path, string fields)
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("admin", PortalRoles.Administrator, null);
        await AccountsToChangeAsync(portal);

        var answer = await browser.PostAsync(path, Form(fields));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        await AssertUnchangedAsync(portal, ["active.admin", "admin", "disabled.admin"]);
    }

    // An account each change would change: one active, one disabled.
    private static async Task AccountsToChangeAsync(PortalHost portal)
    {
        await portal.AddAccountAsync("active.admin", PortalRoles.Administrator, null);
        await portal.AddAccountAsync("disabled.admin", PortalRoles.Administrator, null);
        Assert.True((await portal.AdministerAsync(admin => admin.DisableAsync("disabled.admin", "test"))).Done);
    }

    private static async Task AssertUnchangedAsync(PortalHost portal, List<string> accounts)
    {
        Assert.Equal(accounts, await AdminPages.AccountNamesAsync(portal));
        Assert.False(await AdminPages.IsDisabledAsync(portal, "active.admin"));
        Assert.True(await AdminPages.IsDisabledAsync(portal, "disabled.admin"));
        Assert.True(await AdminPages.PasswordWorksAsync(portal, "active.admin", PortalHost.Password));
    }

    private static readonly (string Name, string Role, string? Unit)[] OtherRoles =
    [
        ("district", PortalRoles.DistrictOfficer, Semey),
        ("regional", PortalRoles.RegionalOfficer, Abai),
        ("analyst", PortalRoles.MinistryAnalyst, null),
    ];

    private static StringContent Form(string fields) => new(fields, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
}
