using System.Net;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Tests.Portal;

/// <summary>The accounts page: who there is, and adding, disabling, enabling and re-keying accounts, each on the record.</summary>
public sealed class AdminUsersTests
{
    private const string Semey = "101000000", Abai = "100000000", NewPassword = "a different long passphrase";

    [Fact]
    public async Task The_list_shows_each_account_with_its_role_and_unit_in_the_readers_language_its_state_and_last_sign_in()
    {
        await using var portal = await PortalHost.StartAsync();
        await portal.AddAccountAsync("semey.officer", PortalRoles.DistrictOfficer, Semey, language: "kk");
        await portal.AddAccountAsync("gone.officer", PortalRoles.RegionalOfficer, Abai);
        await portal.AdministerAsync(admin => admin.DisableAsync("gone.officer", "test"));
        Assert.True(await AdminPages.PasswordWorksAsync(portal, "Semey.Officer", PortalHost.Password));
        portal.Time.Advance(TimeSpan.FromHours(1));
        using var browser = await portal.SignedInAsync("admin", PortalRoles.Administrator, null);

        var rows = AdminPages.Rows(await browser.GetStringAsync("/Admin/Users"));

        Assert.Equal(["admin", "admin (display)", "Администратор", "Вся страна", "Русский", "активна", "1 июля 2026 г., 10:00", string.Empty], rows[0]);
        Assert.Equal(["gone.officer", "gone.officer (display)", "Сотрудник области", "область Абай (100000000)", "Русский", "отключена", "—", "Включить"], rows[1]);
        Assert.Equal(["semey.officer", "semey.officer (display)", "Сотрудник района или города", "Семей Г.А. (101000000)", "Казахский", "активна", "1 июля 2026 г., 09:00", "Отключить"], rows[2]);
    }

    [Fact]
    public async Task An_added_officer_signs_in_with_the_password_the_administrator_gave_and_the_change_is_on_the_record()
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("admin", PortalRoles.Administrator, null);

        var added = await AdminPages.PostUsersAsync(browser, "Add", NewAccount("kurchatov.officer", PortalRoles.DistrictOfficer, "101800000"));
        var page = await added.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("Учетная запись kurchatov.officer добавлена.", page, StringComparison.Ordinal);
        Assert.DoesNotContain(NewPassword, page, StringComparison.Ordinal);
        Assert.True(await AdminPages.PasswordWorksAsync(portal, "kurchatov.officer", NewPassword));
        Assert.Contains((AuditActions.UserAdded, "admin", "kurchatov.officer"), (await AdminPages.AuditAsync(portal)).Select(e => (e.Action, e.UserName, e.Subject)));
        Assert.DoesNotContain(await AdminPages.AuditAsync(portal), e => (e.Subject ?? string.Empty).Contains(NewPassword, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(PortalRoles.DistrictOfficer, Abai, "код КАТО действующего района или города")]
    [InlineData(PortalRoles.RegionalOfficer, Semey, "код КАТО действующего района или города")]
    [InlineData(PortalRoles.DistrictOfficer, "", "код КАТО действующего района или города")]
    [InlineData(PortalRoles.DistrictOfficer, "999999999", "код КАТО действующего района или города")]
    [InlineData(PortalRoles.MinistryAnalyst, Semey, "Роли министерства видят всю страну")]
    [InlineData("superuser", "", "Изменение не принято.")]
    public async Task An_account_whose_unit_does_not_fit_its_role_is_refused_and_the_form_kept(string role, string unit, string why)
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("admin", PortalRoles.Administrator, null);

        var refused = await AdminPages.PostUsersAsync(browser, "Add", NewAccount("new.officer", role, unit));
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(why, page, StringComparison.Ordinal);
        Assert.Contains("value=\"new.officer\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(NewPassword, page, StringComparison.Ordinal);
        Assert.Equal(["admin"], await AdminPages.AccountNamesAsync(portal));
    }

    [Theory]
    [InlineData("short", "short", "Пароль слишком короткий")]
    [InlineData(NewPassword, "a different long passphrasE", "Пароли не совпадают.")]
    public async Task A_short_password_or_two_that_differ_are_refused(string password, string repeated, string why)
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("admin", PortalRoles.Administrator, null);
        var fields = new Dictionary<string, string>(NewAccount("new.analyst", PortalRoles.MinistryAnalyst, "")) { ["Password"] = password, ["RepeatPassword"] = repeated };

        var refused = await AdminPages.PostUsersAsync(browser, "Add", fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(why, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["admin"], await AdminPages.AccountNamesAsync(portal));
    }

    [Fact]
    public async Task A_name_already_taken_is_refused_whatever_its_case()
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("admin", PortalRoles.Administrator, null);

        var refused = await AdminPages.PostUsersAsync(browser, "Add", NewAccount("ADMIN", PortalRoles.MinistryAnalyst, ""));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Учетная запись с таким именем уже есть.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_made_in_the_portal_is_recorded_with_the_address_it_came_from()
    {
        await using var portal = await PortalHost.StartAsync();
        await portal.AddAccountAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);

        await portal.AdministerAsync(admin => admin.DisableAsync("semey.officer", "admin", "192.0.2.7"));
        await portal.AdministerAsync(admin => admin.EnableAsync("semey.officer", "admin", "192.0.2.7"));
        await portal.AdministerAsync(admin => admin.ResetPasswordAsync("semey.officer", NewPassword, "admin", "192.0.2.7"));

        Assert.Equal(
            [(AuditActions.UserDisabled, "admin", "semey.officer", "192.0.2.7"), (AuditActions.UserEnabled, "admin", "semey.officer", "192.0.2.7"), (AuditActions.PasswordReset, "admin", "semey.officer", "192.0.2.7")],
            (await AdminPages.AuditAsync(portal)).Skip(1));
    }

    [Fact]
    public async Task A_disabled_officer_cannot_sign_in_their_open_session_ends_and_enabled_again_they_can()
    {
        await using var portal = await PortalHost.StartAsync();
        using var officer = await portal.SignedInAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);
        using var browser = await portal.SignedInAsync("admin", PortalRoles.Administrator, null);

        var disabled = await AdminPages.PostUsersAsync(browser, "Disable", new Dictionary<string, string> { ["userName"] = "semey.officer" });
        var refusedSignIn = await AdminPages.PasswordWorksAsync(portal, "semey.officer", PortalHost.Password);
        // The session is checked against the account within the validation interval.
        portal.Time.Advance(TimeSpan.FromMinutes(2));
        var openSession = await officer.GetAsync("/");
        var enabled = await AdminPages.PostUsersAsync(browser, "Enable", new Dictionary<string, string> { ["userName"] = "semey.officer" });

        Assert.Contains("Учетная запись semey.officer отключена.", await disabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(refusedSignIn);
        Assert.Equal(HttpStatusCode.Redirect, openSession.StatusCode);
        Assert.Contains("Учетная запись semey.officer включена.", await enabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await AdminPages.PasswordWorksAsync(portal, "semey.officer", PortalHost.Password));
        Assert.Equal([AuditActions.UserDisabled, AuditActions.UserEnabled],
            (await AdminPages.AuditAsync(portal)).Where(e => e.UserName == "admin" && e.Subject == "semey.officer").Select(e => e.Action));
    }

    [Fact]
    public async Task An_administrator_cannot_disable_their_own_account_nor_is_offered_to()
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("admin", PortalRoles.Administrator, null);

        var page = await browser.GetStringAsync("/Admin/Users");
        var refused = await AdminPages.PostUsersAsync(browser, "Disable", new Dictionary<string, string> { ["userName"] = "ADMIN" });

        Assert.DoesNotContain("Отключить учетную запись admin", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Нельзя отключить собственную учетную запись", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await AdminPages.IsDisabledAsync(portal, "admin"));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Admin/Users")).StatusCode);
    }

    [Fact]
    public async Task After_a_password_reset_the_old_password_is_refused_and_the_new_one_works()
    {
        await using var portal = await PortalHost.StartAsync();
        await portal.AddAccountAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);
        using var browser = await portal.SignedInAsync("admin", PortalRoles.Administrator, null);

        var reset = await AdminPages.PostUsersAsync(browser, "ResetPassword",
            new Dictionary<string, string> { ["userName"] = "semey.officer", ["password"] = NewPassword, ["repeatPassword"] = NewPassword });
        var page = await reset.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains("Пароль учетной записи semey.officer сброшен.", page, StringComparison.Ordinal);
        Assert.DoesNotContain(NewPassword, page, StringComparison.Ordinal);
        Assert.False(await AdminPages.PasswordWorksAsync(portal, "semey.officer", PortalHost.Password));
        Assert.True(await AdminPages.PasswordWorksAsync(portal, "semey.officer", NewPassword));
        Assert.Contains((AuditActions.PasswordReset, "admin", "semey.officer"), (await AdminPages.AuditAsync(portal)).Select(e => (e.Action, e.UserName, e.Subject)));
    }

    [Fact]
    public async Task A_reset_to_a_short_password_or_of_an_unknown_account_changes_nothing()
    {
        await using var portal = await PortalHost.StartAsync();
        await portal.AddAccountAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);
        using var browser = await portal.SignedInAsync("admin", PortalRoles.Administrator, null);

        var tooShort = await AdminPages.PostUsersAsync(browser, "ResetPassword",
            new Dictionary<string, string> { ["userName"] = "semey.officer", ["password"] = "short", ["repeatPassword"] = "short" });
        var unknown = await AdminPages.PostUsersAsync(browser, "ResetPassword",
            new Dictionary<string, string> { ["userName"] = "nobody", ["password"] = NewPassword, ["repeatPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooShort.StatusCode);
        Assert.Contains("Такой учетной записи нет.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await AdminPages.PasswordWorksAsync(portal, "semey.officer", PortalHost.Password));
        Assert.DoesNotContain(await AdminPages.AuditAsync(portal), e => e.Action == AuditActions.PasswordReset);
    }

    [Fact]
    public async Task Names_typed_into_the_form_are_shown_as_text_never_as_markup()
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("admin", PortalRoles.Administrator, null);
        var fields = new Dictionary<string, string>(NewAccount("analyst", PortalRoles.MinistryAnalyst, "")) { ["DisplayName"] = "<script>alert(1)</script>" };

        await AdminPages.PostUsersAsync(browser, "Add", fields);
        var refused = await AdminPages.PostUsersAsync(browser, "Add", NewAccount("<b>x</b>", PortalRoles.MinistryAnalyst, ""));
        var page = await browser.GetStringAsync("/Admin/Users");

        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>x</b>", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> NewAccount(string name, string role, string unit) => new()
    {
        ["UserName"] = name, ["DisplayName"] = string.Empty, ["Role"] = role, ["UnitKato"] = unit, ["Language"] = "kk",
        ["Password"] = NewPassword, ["RepeatPassword"] = NewPassword,
    };
}
