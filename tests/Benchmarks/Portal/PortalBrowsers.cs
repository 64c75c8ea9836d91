using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Portal.Hosting;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Benchmarks.Portal;

/// <summary>
/// People using the portal over real HTTP: accounts made by the same administration <c>vdw users add</c>
/// uses, a sign-in through the form (its antiforgery token, the session cookie), then pages and uploads.
/// </summary>
internal static partial class PortalBrowsers
{
    private const string Password = "a benchmark's long pass phrase";

    /// <summary>Ministry analysts <c>bench-1</c> … <c>bench-n</c> (they may see and send for every unit), added to the warehouse before the server starts.</summary>
    public static async Task<IReadOnlyList<string>> AddAnalystsAsync(string database, int count)
    {
        var names = Enumerable.Range(1, count).Select(i => $"bench-{i}").ToList();
        await AddAsync(database, names.Select(name => new PortalUser { UserName = name, DisplayName = name, Role = PortalRoles.MinistryAnalyst, Language = "ru" }));
        return names;
    }

    /// <summary>
    /// A district officer for each of <paramref name="units"/> (districts or cities as they are today),
    /// <c>officer-&lt;KATO&gt;</c>: each may see and send its own unit's returns alone.
    /// </summary>
    public static async Task<IReadOnlyList<string>> AddDistrictOfficersAsync(string database, IEnumerable<string> units)
    {
        var accounts = units.Select(unit => new PortalUser
        {
            UserName = $"officer-{unit}", DisplayName = $"officer-{unit}", Role = PortalRoles.DistrictOfficer, UnitKato = unit, Language = "ru",
        }).ToList();
        await AddAsync(database, accounts);
        return [.. accounts.Select(a => a.UserName)];
    }

    private static async Task AddAsync(string database, IEnumerable<PortalUser> accounts)
    {
        var services = new ServiceCollection();
        services.AddPortalAccounts(SqliteWarehouse.Connections(database), TimeProvider.System);
        await using var provider = services.BuildServiceProvider();
        foreach (var account in accounts)
        {
            await using var scope = provider.CreateAsyncScope();
            var added = await scope.ServiceProvider.GetRequiredService<AccountAdministration>().AddAsync(account, Password, "benchmark");
            if (!added.Done)
            {
                throw new InvalidOperationException($"The account {account.UserName} was not added: {string.Join("; ", added.Problems)}");
            }
        }
    }

    /// <summary>
    /// A browser that keeps its cookies and follows no redirect, with no server of its own: it is
    /// given whole addresses, so that one person's requests can go to any node of a cluster.
    /// </summary>
    public static HttpClient Browser(TimeSpan timeout) =>
        new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, ConnectTimeout = TimeSpan.FromSeconds(10) })
        {
            Timeout = timeout,
        };

    /// <summary>Signs <paramref name="browser"/> in as <paramref name="name"/> through the form at <paramref name="address"/>: whether the portal took it.</summary>
    public static async Task<bool> SignInAsync(HttpClient browser, Uri address, string name)
    {
        var token = await FormTokenAsync(browser, new Uri(address, "/SignIn"));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = name, ["Password"] = Password, ["__RequestVerificationToken"] = token });
        using var answer = await browser.PostAsync(new Uri(address, "/SignIn"), form);
        return answer.StatusCode == HttpStatusCode.Redirect;
    }

    /// <summary>A browser signed in as <paramref name="name"/>: it keeps its cookies and follows no redirect.</summary>
    public static async Task<HttpClient> SignedInAsync(Uri address, string name)
    {
        // Queued uploads wait for every load before theirs.
        var browser = Browser(TimeSpan.FromMinutes(30));
        browser.BaseAddress = address;
        return await SignInAsync(browser, address, name) ? browser : throw new InvalidOperationException($"{name} could not sign in");
    }

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static Task<string> FormTokenAsync(HttpClient browser, string path) => FormTokenAsync(browser, new Uri(path, UriKind.Relative));

    /// <summary>The antiforgery token of the first form on the page at <paramref name="page"/>.</summary>
    public static async Task<string> FormTokenAsync(HttpClient browser, Uri page) =>
        WebUtility.HtmlDecode(Token().Match(await browser.GetStringAsync(page)).Groups["token"].Value);

    /// <summary>Sends one workbook through the upload form, streamed from its file; the time from sending to the whole result, and the result.</summary>
    public static async Task<Upload> UploadAsync(HttpClient browser, string token, string path)
    {
        var (milliseconds, status, page, _) = await SendUploadAsync(browser, new Uri("/Returns/Upload", UriKind.Relative), token, path);
        return new Upload(milliseconds, status, Outcome(page));
    }

    /// <summary>
    /// Sends one workbook through the upload form at <paramref name="upload"/> (a whole address, or
    /// one relative to the browser's server): the time to the whole answer, its status, its text and
    /// where it redirects, if it does.
    /// </summary>
    public static async Task<(double Milliseconds, HttpStatusCode Status, string Page, Uri? Location)> SendUploadAsync(HttpClient browser, Uri upload, string token, string path)
    {
        await using var file = File.OpenRead(path);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var content = new StreamContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(content, "files", Path.GetFileName(path));
        using var request = new HttpRequestMessage(HttpMethod.Post, upload) { Content = form };
        request.Headers.Add("HX-Request", "true");
        var clock = Stopwatch.StartNew();
        using var answer = await browser.SendAsync(request);
        var page = await answer.Content.ReadAsStringAsync();
        return (clock.Elapsed.TotalMilliseconds, answer.StatusCode, page, answer.Headers.Location);
    }

    /// <summary>The outcome an upload's result names: loaded, alreadyloaded, rejected or skipped (its first file's); empty when it names none.</summary>
    public static string Outcome(string page) => OutcomeClass().Match(page).Groups["outcome"].Value;

    /// <summary>One request's time to its whole answer, and whether it was answered 200.</summary>
    public static async Task<(double Milliseconds, bool Ok)> GetAsync(HttpClient browser, Uri path)
    {
        var clock = Stopwatch.StartNew();
        using var answer = await browser.GetAsync(path, HttpCompletionOption.ResponseContentRead);
        return (clock.Elapsed.TotalMilliseconds, answer.StatusCode == HttpStatusCode.OK);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Token();

    // The result line's class: loaded, alreadyloaded, rejected or skipped.
    [GeneratedRegex("<li class=\"(?<outcome>[a-z]+)\">")]
    private static partial Regex OutcomeClass();
}

/// <summary>One upload: time from sending to the whole result, the answer's status and the result line's outcome.</summary>
internal sealed record Upload(double Milliseconds, HttpStatusCode Status, string Outcome)
{
    /// <summary>Answered with a result: accepted now, or accepted before (the same return sent again).</summary>
    public bool Accepted => Status == HttpStatusCode.OK && Outcome is "loaded" or "alreadyloaded";
}
