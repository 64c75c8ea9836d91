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
        var services = new ServiceCollection();
        services.AddPortalAccounts(SqliteWarehouse.Connections(database), TimeProvider.System);
        await using var provider = services.BuildServiceProvider();
        var names = Enumerable.Range(1, count).Select(i => $"bench-{i}").ToList();
        foreach (var name in names)
        {
            await using var scope = provider.CreateAsyncScope();
            var added = await scope.ServiceProvider.GetRequiredService<AccountAdministration>().AddAsync(
                new PortalUser { UserName = name, DisplayName = name, Role = PortalRoles.MinistryAnalyst, Language = "ru" }, Password, "benchmark");
            if (!added.Done)
            {
                throw new InvalidOperationException($"The account {name} was not added: {string.Join("; ", added.Problems)}");
            }
        }

        return names;
    }

    /// <summary>A browser signed in as <paramref name="name"/>: it keeps its cookies and follows no redirect.</summary>
    public static async Task<HttpClient> SignedInAsync(Uri address, string name)
    {
        var browser = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = address,
            // Queued uploads wait for every load before theirs.
            Timeout = TimeSpan.FromMinutes(30),
        };
        var token = await FormTokenAsync(browser, "/SignIn");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = name, ["Password"] = Password, ["__RequestVerificationToken"] = token });
        using var answer = await browser.PostAsync(new Uri("/SignIn", UriKind.Relative), form);
        return answer.StatusCode == HttpStatusCode.Redirect ? browser : throw new InvalidOperationException($"{name} could not sign in: {answer.StatusCode}");
    }

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static async Task<string> FormTokenAsync(HttpClient browser, string path) =>
        WebUtility.HtmlDecode(Token().Match(await browser.GetStringAsync(new Uri(path, UriKind.Relative))).Groups["token"].Value);

    /// <summary>Sends one workbook through the upload form, streamed from its file; the time from sending to the whole result, and the result.</summary>
    public static async Task<Upload> UploadAsync(HttpClient browser, string token, string path)
    {
        await using var file = File.OpenRead(path);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var content = new StreamContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(content, "files", Path.GetFileName(path));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/Returns/Upload", UriKind.Relative)) { Content = form };
        request.Headers.Add("HX-Request", "true");
        var clock = Stopwatch.StartNew();
        using var answer = await browser.SendAsync(request);
        var page = await answer.Content.ReadAsStringAsync();
        return new Upload(clock.Elapsed.TotalMilliseconds, answer.StatusCode, Outcome().Match(page).Groups["outcome"].Value);
    }

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
    private static partial Regex Outcome();
}

/// <summary>One upload: time from sending to the whole result, the answer's status and the result line's outcome.</summary>
internal sealed record Upload(double Milliseconds, HttpStatusCode Status, string Outcome)
{
    /// <summary>Answered with a result: accepted now, or accepted before (the same return sent again).</summary>
    public bool Accepted => Status == HttpStatusCode.OK && Outcome is "loaded" or "alreadyloaded";
}
