using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using VolunteerDW.Tests.Support;

namespace VolunteerDW.Tests.Portal;

/// <summary>What the administration tests do through the pages and then look up in the warehouse.</summary>
internal static partial class AdminPages
{
    /// <summary>Sends a form of the users page as its own form would: with the page's antiforgery token.</summary>
    public static Task<HttpResponseMessage> PostUsersAsync(HttpClient browser, string handler, IReadOnlyDictionary<string, string> fields) =>
        PortalHost.PostFormAsync(browser, $"/Admin/Users?handler={handler}", fields, tokenFrom: "/Admin/Users");

    /// <summary>Whether a name and a password get in: a new browser tries the sign-in form.</summary>
    public static async Task<bool> PasswordWorksAsync(PortalHost portal, string name, string password)
    {
        using var browser = portal.Browser();
        return (await PortalHost.SignInAsync(browser, name, password)).StatusCode == HttpStatusCode.Redirect;
    }

    public static async Task<List<string>> AccountNamesAsync(PortalHost portal)
    {
        await using var connection = await portal.Warehouse.Connections.OpenAsync();
        return [.. await connection.QueryAsync<string>("SELECT user_name FROM portal_user ORDER BY normalized_user_name")];
    }

    public static async Task<bool> IsDisabledAsync(PortalHost portal, string name)
    {
        await using var connection = await portal.Warehouse.Connections.OpenAsync();
        return await connection.QuerySingleAsync<bool>("SELECT is_disabled FROM portal_user WHERE user_name = @name", new { name });
    }

    /// <summary>The audit log as (action, who, subject, from where), oldest first.</summary>
    public static async Task<List<(string Action, string? UserName, string? Subject, string? RemoteAddress)>> AuditAsync(PortalHost portal)
    {
        await using var connection = await portal.Warehouse.Connections.OpenAsync();
        return [.. await connection.QueryAsync<(string, string?, string?, string?)>("SELECT action, user_name, subject, remote_address FROM portal_audit ORDER BY audit_key")];
    }

    /// <summary>The text of each cell of the body rows of a page's first table (or another, counted from 0), markup left out and entities decoded.</summary>
    public static List<List<string>> Rows(string html, int table = 0) =>
        [.. Row().Matches(Body().Matches(html)[table].Value).Select(row => Cell().Matches(row.Value).Select(c => WebUtility.HtmlDecode(Tag().Replace(c.Groups["text"].Value, string.Empty)).Trim()).ToList())];

    public static int Count(string html, string element) => Regex.Count(html, $"<{element}[ >]");

    [GeneratedRegex("<tbody>.*?</tbody>", RegexOptions.Singleline)]
    private static partial Regex Body();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<t[hd][^>]*>(?<text>.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
