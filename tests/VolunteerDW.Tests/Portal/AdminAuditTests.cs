using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Tests.Portal;

/// <summary>The audit log's page: newest first, each filter narrowing it, a page at a time with the filters kept, and typed text only ever data.</summary>
public sealed partial class AdminAuditTests
{
    [Theory]
    [InlineData("", new[] { "admin", "alice", "bob", "alice" })]
    [InlineData("user=ALICE", new[] { "alice", "alice" })]
    [InlineData("action=uploaded", new[] { "alice", "bob" })]
    [InlineData("user=alice&action=uploaded", new[] { "alice" })]
    // 19:30 UTC on the 30th of June is already the 1st of July in Kazakhstan.
    [InlineData("from=2026-07-01", new[] { "admin", "alice" })]
    [InlineData("to=2026-06-30", new[] { "bob", "alice" })]
    [InlineData("from=2026-06-30&to=2026-06-30", new[] { "bob" })]
    [InlineData("text=7511", new[] { "alice" })]
    [InlineData("text=nothing+like+this", new string[0])]
    public async Task Each_filter_narrows_the_log_newest_first(string query, string[] who)
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await SignedInOnAnEmptyLogAsync(portal);
        await RecordAsync(portal,
            ("2026-06-29T05:00:00Z", "alice", AuditActions.SignedIn, null),
            ("2026-06-30T18:30:00Z", "bob", AuditActions.Uploaded, "101000000_2026Q2.xlsx"),
            ("2026-06-30T19:30:00Z", "alice", AuditActions.Uploaded, "751110000_2026Q2.xlsx"),
            ("2026-07-01T03:00:00Z", "admin", AuditActions.UserDisabled, "bob"));

        var rows = AdminPages.Rows(await browser.GetStringAsync($"/Admin/Audit?{query}"));

        Assert.Equal(who, rows.Where(r => r.Count == 5).Select(r => r[1]));
    }

    [Fact]
    public async Task An_entry_shows_its_local_time_the_actions_label_in_the_readers_language_its_subject_and_address()
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await SignedInOnAnEmptyLogAsync(portal, language: "kk");
        await RecordAsync(portal, ("2026-06-30T19:30:00Z", "alice", AuditActions.Uploaded, "751110000_2026Q2.xlsx"));

        var rows = AdminPages.Rows(await browser.GetStringAsync("/Admin/Audit?user=alice"));

        Assert.Equal([["2026 жылғы 1 шілде, 00:30", "alice", "Файл жіберілді", "751110000_2026Q2.xlsx", "192.0.2.7"]], rows);
    }

    [Fact]
    public async Task The_log_comes_fifty_entries_a_page_and_the_page_links_keep_the_filters()
    {
        await using var portal = await PortalHost.StartAsync();
        var start = new DateTimeOffset(2026, 6, 1, 4, 0, 0, TimeSpan.Zero);
        using var browser = await SignedInOnAnEmptyLogAsync(portal);
        await RecordAsync(portal, [.. Enumerable.Range(0, 120).Select(i => (start.AddMinutes(i).ToString("O"), "alice", AuditActions.SignedIn, (string?)$"entry {i:000}"))]);
        await RecordAsync(portal, [.. Enumerable.Range(0, 30).Select(i => (start.AddMinutes(i).ToString("O"), "bob", AuditActions.SignedIn, (string?)"not hers"))]);

        var first = await browser.GetStringAsync("/Admin/Audit?user=alice&action=signed_in");
        var second = await browser.GetStringAsync(Link(first, "next"));
        var third = await browser.GetStringAsync(Link(second, "next"));
        var backToSecond = await browser.GetStringAsync(Link(third, "prev"));

        Assert.Equal([.. Enumerable.Range(70, 50).Reverse().Select(i => $"entry {i:000}")], AdminPages.Rows(first).Select(r => r[3]));
        Assert.Equal("entry 069", AdminPages.Rows(second)[0][3]);
        Assert.Equal([.. Enumerable.Range(0, 20).Reverse().Select(i => $"entry {i:000}")], AdminPages.Rows(third).Select(r => r[3]));
        Assert.Contains("user=alice", Link(second, "next"), StringComparison.Ordinal);
        Assert.Contains("action=signed_in", Link(second, "next"), StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", third, StringComparison.Ordinal);
        Assert.Equal(AdminPages.Rows(second), AdminPages.Rows(backToSecond));
    }

    [Theory]
    [InlineData("%", "100% done")]
    [InlineData("_", "a_b")]
    [InlineData("[a", "[a]")]
    [InlineData("'; DROP TABLE users; --", "'; DROP TABLE users; --")]
    [InlineData("<script>alert(1)</script>", "<script>alert(1)</script>")]
    public async Task Typed_text_is_searched_for_as_it_is_and_shown_as_text(string text, string found)
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await SignedInOnAnEmptyLogAsync(portal);
        await RecordAsync(portal,
            ("2026-06-30T01:00:00Z", "x", AuditActions.Uploaded, "100% done"),
            ("2026-06-30T02:00:00Z", "x", AuditActions.Uploaded, "a_b"),
            ("2026-06-30T03:00:00Z", "x", AuditActions.Uploaded, "[a]"),
            ("2026-06-30T04:00:00Z", "x", AuditActions.Uploaded, "'; DROP TABLE users; --"),
            ("2026-06-30T05:00:00Z", "x", AuditActions.Uploaded, "<script>alert(1)</script>"),
            ("2026-06-30T06:00:00Z", "x", AuditActions.Uploaded, "plain"));

        var answer = await browser.GetAsync($"/Admin/Audit?user=x&text={Uri.EscapeDataString(text)}");
        var page = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal([found], AdminPages.Rows(page).Select(r => r[3]));
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        Assert.Equal(6, (await AdminPages.AuditAsync(portal)).Count);
    }

    [Theory]
    [InlineData("action=dropped_tables")]
    [InlineData("from=01.07.2026")]
    [InlineData("to=2026-13-01")]
    [InlineData("pageNumber=0")]
    public async Task A_filter_the_form_does_not_offer_is_refused(string query)
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await SignedInOnAnEmptyLogAsync(portal);

        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync($"/Admin/Audit?{query}")).StatusCode);
    }

    // The administrator's own account and sign-in are on the log too: left out, the log holds only what a test records.
    private static async Task<HttpClient> SignedInOnAnEmptyLogAsync(PortalHost portal, string language = "ru")
    {
        var browser = await portal.SignedInAsync("admin", PortalRoles.Administrator, null, language);
        await using var connection = await portal.Warehouse.Connections.OpenAsync();
        await connection.ExecuteAsync("DELETE FROM portal_audit");
        return browser;
    }

    private static async Task RecordAsync(PortalHost portal, params (string AtUtc, string User, string Action, string? Subject)[] entries)
    {
        await using var connection = await portal.Warehouse.Connections.OpenAsync();
        foreach (var (at, user, action, subject) in entries)
        {
            await connection.ExecuteAsync(AccountSql.InsertAudit, new
            {
                AtUtc = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, UserName = user, Action = action, Subject = subject, RemoteAddress = "192.0.2.7",
            });
        }
    }

    private static string Link(string page, string rel) =>
        WebUtility.HtmlDecode(Href().Match(PageLink().Matches(page).Single(m => m.Value.Contains($"rel=\"{rel}\"", StringComparison.Ordinal)).Value).Groups["href"].Value);

    [GeneratedRegex("<a [^>]*rel=\"(prev|next)\"[^>]*>")]
    private static partial Regex PageLink();

    [GeneratedRegex("href=\"(?<href>[^\"]+)\"")]
    private static partial Regex Href();
}
