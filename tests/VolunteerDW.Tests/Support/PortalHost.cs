using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VolunteerDW.Host.Service;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Portal.Hosting;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Support;

/// <summary>
/// The portal as `vdw serve` puts it together, in memory (ASP.NET Core's test server), on a freshly
/// migrated SQLite warehouse and a clock the test moves; browsers are HTTP clients that keep cookies
/// and do not follow redirects, so each answer can be looked at.
/// </summary>
public sealed partial class PortalHost : IAsyncDisposable
{
    public const string Password = "correct horse battery staple";

    private readonly WebApplication _app;
    private readonly bool _ownsWarehouse;

    private PortalHost(WebApplication app, TestWarehouse warehouse, bool ownsWarehouse, FakeTimeProvider time)
    {
        _app = app;
        Warehouse = warehouse;
        _ownsWarehouse = ownsWarehouse;
        Time = time;
    }

    public TestWarehouse Warehouse { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>The inbox and quarantine the service page reads, in the test's own folder; the shipped schedules.</summary>
    public ServiceSettings Service { get; private init; } = new();

    /// <summary>
    /// Starts the portal; its clock at <paramref name="now"/>, else at 2026-07-01 09:00 in Kazakhstan.
    /// With <paramref name="listening"/>, on a real socket for a real browser (<see cref="Address"/>).
    /// <paramref name="replace"/> puts a test's own services in place of the portal's (a watched one).
    /// On a freshly migrated warehouse of its own, or on <paramref name="warehouse"/>, which the test
    /// keeps (and disposes): several portals started on one are nodes of one portal, sharing its
    /// folders for uploads, keys and the report cache.
    /// </summary>
    public static async Task<PortalHost> StartAsync(PortalSettings? settings = null, DateTimeOffset? now = null, bool listening = false, Action<IServiceCollection>? replace = null,
        TestWarehouse? warehouse = null)
    {
        var time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 7, 1, 4, 0, 0, TimeSpan.Zero));
        return warehouse is null
            ? await StartOnAsync(await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite), ownsWarehouse: true, time, settings, "keys", listening, replace)
            : await StartOnAsync(warehouse, ownsWarehouse: false, time, settings, "keys", listening, replace);
    }

    /// <summary>
    /// Another node of the same portal, as a second `vdw serve` behind a load balancer: its own test
    /// server and services, on <paramref name="other"/>'s warehouse, folders and clock. Its keys
    /// folder is <paramref name="keys"/> in the test's folder: a name of its own for a node on another machine.
    /// </summary>
    public static Task<PortalHost> StartBesideAsync(PortalHost other, PortalSettings? settings = null, string keys = "keys")
    {
        ArgumentNullException.ThrowIfNull(other);
        return StartOnAsync(other.Warehouse, ownsWarehouse: false, other.Time, settings, keys, listening: false, replace: null);
    }

    private static async Task<PortalHost> StartOnAsync(TestWarehouse warehouse, bool ownsWarehouse, FakeTimeProvider time, PortalSettings? settings, string keys, bool listening,
        Action<IServiceCollection>? replace)
    {
        var service = new ServiceSettings { Inbox = Path.Combine(warehouse.Folder, "inbox"), Quarantine = Path.Combine(warehouse.Folder, "quarantine") };
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        if (listening)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        // As `vdw serve` does (ServiceHost): the service page reads the status from the service's folders and schedules.
        builder.Services.AddSingleton(service.Layout);
        builder.AddPortal(warehouse.Connections, time, (settings ?? new PortalSettings()) with
        {
            Uploads = Path.Combine(warehouse.Folder, "uploads"),
            Keys = Path.Combine(warehouse.Folder, keys),
            Reports = Path.Combine(warehouse.Folder, "reports"),
            ReportCache = Path.Combine(warehouse.Folder, "report-cache"),
        });
        replace?.Invoke(builder.Services);
        var app = builder.Build();
        app.UsePortal();
        await app.StartAsync();
        return new PortalHost(app, warehouse, ownsWarehouse, time) { Service = service };
    }

    /// <summary>The portal's services, for a test to look at one.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Where a portal started <c>listening</c> answers, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Address => _app.Urls.Single();

    /// <summary>
    /// A browser: keeps its cookies, follows no redirect. Given <paramref name="cookies"/>, it keeps
    /// them there: browsers to several nodes on one container are one browser behind a load balancer.
    /// </summary>
    public HttpClient Browser(CookieContainer? cookies = null) =>
        new(new CookieContainerHandler(cookies ?? new CookieContainer()) { InnerHandler = _app.GetTestServer().CreateHandler() }) { BaseAddress = new Uri("https://localhost/") };

    /// <summary>Adds an account through the same administration `vdw users add` uses.</summary>
    public async Task<AccountChange> AddAccountAsync(string name, string role = PortalRoles.DistrictOfficer, string? unit = "101000000", string language = "ru", string password = Password)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountAdministration>().AddAsync(
            new PortalUser { UserName = name, DisplayName = $"{name} (display)", Role = role, UnitKato = unit, Language = language }, password, "test");
    }

    /// <summary>A browser signed in to a new account: the start of most journeys.</summary>
    public async Task<HttpClient> SignedInAsync(string name, string role, string? unit, string language = "ru")
    {
        Assert.True((await AddAccountAsync(name, role, unit, language)).Done);
        var browser = Browser();
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await SignInAsync(browser, name, Password)).StatusCode);
        return browser;
    }

    public async Task<AccountChange> AdministerAsync(Func<AccountAdministration, Task<AccountChange>> change)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await change(scope.ServiceProvider.GetRequiredService<AccountAdministration>());
    }

    /// <summary>Fills in and sends the sign-in form as a browser would: its antiforgery token from the page.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string name, string password, string? returnUrl = null)
    {
        var token = await FormTokenAsync(browser, "/SignIn");
        var fields = new Dictionary<string, string> { ["UserName"] = name, ["Password"] = password, ["__RequestVerificationToken"] = token };
        if (returnUrl is not null)
        {
            fields["ReturnUrl"] = returnUrl;
        }

        return await browser.PostAsync("/SignIn", new FormUrlEncodedContent(fields));
    }

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static async Task<string> FormTokenAsync(HttpClient browser, string path)
    {
        var page = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return WebUtility.HtmlDecode(Token().Match(await page.Content.ReadAsStringAsync()).Groups["token"].Value);
    }

    /// <summary>Sends a form as the page at <paramref name="tokenFrom"/> would: with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string path, IEnumerable<KeyValuePair<string, string>> fields, string tokenFrom = "/")
    {
        var token = await FormTokenAsync(browser, tokenFrom);
        return await browser.PostAsync(path, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    /// <summary>Sends a workbook through the upload form as a browser would (<paramref name="byHtmx"/>: as htmx sends it); what comes back.</summary>
    public static async Task<string> UploadAsync(HttpClient browser, ReturnBuilder workbook, string name, bool byHtmx = false)
    {
        var token = await FormTokenAsync(browser, "/Returns/Upload");
        var folder = Directory.CreateTempSubdirectory("vdw-upload-test-");
        try
        {
            var path = workbook.WriteTo(folder.FullName);
            using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
            var file = new ByteArrayContent(await File.ReadAllBytesAsync(path));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            form.Add(file, "files", name);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/Returns/Upload") { Content = form };
            if (byHtmx)
            {
                request.Headers.Add("HX-Request", "true");
            }

            var answer = await browser.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            return await answer.Content.ReadAsStringAsync();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A number read from the portal's warehouse.</summary>
    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await Warehouse.Connections.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownsWarehouse)
        {
            await Warehouse.DisposeAsync();
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Token();
}
