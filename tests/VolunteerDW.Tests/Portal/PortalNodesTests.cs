using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ClosedXML.Excel;
using Dapper;
using VolunteerDW.Etl.Format;
using VolunteerDW.Portal.Hosting;
using VolunteerDW.Portal.Reporting;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Portal;

/// <summary>
/// Two nodes of the portal on one warehouse, as two `vdw serve` behind a load balancer: whichever
/// node a request reaches reads the sign-in and the antiforgery token another made, the files
/// another kept and the data another loaded; the keys that make this so are in the warehouse, and
/// only encrypted to the certificate the nodes share.
/// </summary>
public sealed partial class PortalNodesTests
{
    private const string Semey = "101000000", Kurchatov = "101800000", Abai = "100000000";
    private const string RegionQuarterly = $"kind=region-quarterly&period=2026Q2&region={Abai}&lang=ru";

    private static readonly XNamespace XmlEncryption = "http://www.w3.org/2001/04/xmlenc#";
    private static readonly XNamespace XmlSignature = "http://www.w3.org/2000/09/xmldsig#";

    [Fact]
    public async Task A_key_is_stored_in_the_warehouse_encrypted_to_the_certificate_and_never_in_the_clear()
    {
        await using var portal = await PortalHost.StartAsync();
        await portal.AddAccountAsync("semey.officer");
        using var browser = portal.Browser();

        await PortalHost.SignInAsync(browser, "semey.officer", PortalHost.Password);

        var (name, xml) = Assert.Single(await StoredKeysAsync(portal));
        var key = XElement.Parse(xml);
        Assert.Equal($"key-{key.Attribute("id")!.Value}", name);
        var secret = Assert.Single(key.Descendants(), e => e.Name.LocalName == "encryptedSecret");
        Assert.EndsWith("EncryptedXmlDecryptor", secret.Attribute("decryptorType")!.Value.Split(',')[0], StringComparison.Ordinal);
        Assert.Single(secret.Elements(XmlEncryption + "EncryptedData"));
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(portal.Warehouse.Folder, "keys", PortalKeyCertificate.FileName), null);
        var encryptedTo = Assert.Single(secret.Descendants(XmlSignature + "X509Certificate"));
        Assert.Equal(certificate.RawData, Convert.FromBase64String(encryptedTo.Value));
        Assert.DoesNotContain(key.Descendants(), e => e.Name.LocalName is "masterKey" or "value");
    }

    [Fact]
    public async Task Signed_in_on_one_machine_the_same_cookies_are_signed_in_on_another_given_the_same_certificate_and_a_tampered_cookie_is_not()
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);
        var certificate = CertificateFile.Write(warehouse.Folder, "the password");
        var given = new PortalSettings { KeyCertificate = certificate, KeyCertificatePassword = "the password" };
        await using var a = await PortalHost.StartAsync(given, warehouse: warehouse);
        // Its own keys folder, the same certificate: the keys reach B through the warehouse alone.
        await using var b = await PortalHost.StartBesideAsync(a, given, keys: "keys-on-another-machine");
        using var officer = await SignedInOnBothAsync(a, b, "semey.officer", PortalRoles.DistrictOfficer, Semey);

        var homeOnB = await officer.OnB.GetAsync("/");
        Tamper(officer.Cookies, "vdw-session");
        var tamperedOnB = await officer.OnB.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, homeOnB.StatusCode);
        Assert.Contains("semey.officer (display)", await homeOnB.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, tamperedOnB.StatusCode);
        Assert.Equal("https://localhost/SignIn?ReturnUrl=%2F", tamperedOnB.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_forms_antiforgery_token_from_one_node_is_accepted_by_a_post_to_the_other()
    {
        await using var a = await PortalHost.StartAsync();
        await using var b = await PortalHost.StartBesideAsync(a);
        using var analyst = await SignedInOnBothAsync(a, b, "analyst", PortalRoles.MinistryAnalyst, null);

        var token = await PortalHost.FormTokenAsync(analyst.OnA, "/");
        var switched = await analyst.OnB.PostAsync("/Account/Language", new FormUrlEncodedContent(new Dictionary<string, string> { ["lang"] = "kk", ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal(1, await a.ScalarAsync("SELECT COUNT(*) FROM portal_user WHERE user_name = 'analyst' AND language = 'kk'"));
        Assert.Contains("<html lang=\"kk\">", await analyst.OnA.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_node_given_another_certificate_cannot_read_the_first_nodes_cookie_and_treats_the_request_as_signed_out()
    {
        await using var a = await PortalHost.StartAsync();
        var other = CertificateFile.Write(a.Warehouse.Folder, "another certificate's password");
        await using var b = await PortalHost.StartBesideAsync(a, new PortalSettings { KeyCertificate = other, KeyCertificatePassword = "another certificate's password" });
        using var officer = await SignedInOnBothAsync(a, b, "semey.officer", PortalRoles.DistrictOfficer, Semey);

        var onTheOther = await officer.OnB.GetAsync("/");
        var onTheFirst = await officer.OnA.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, onTheOther.StatusCode);
        Assert.Equal("https://localhost/SignIn?ReturnUrl=%2F", onTheOther.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, onTheFirst.StatusCode);
    }

    [Fact]
    public async Task Two_nodes_starting_at_once_with_no_certificate_make_one_and_share_it()
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);
        var nodes = await Task.WhenAll(Task.Run(() => PortalHost.StartAsync(warehouse: warehouse)), Task.Run(() => PortalHost.StartAsync(warehouse: warehouse)));
        await using var a = nodes[0];
        await using var b = nodes[1];
        using var officer = await SignedInOnBothAsync(a, b, "semey.officer", PortalRoles.DistrictOfficer, Semey);

        var homeOnB = await officer.OnB.GetAsync("/");

        Assert.Equal([PortalKeyCertificate.FileName], Directory.GetFiles(Path.Combine(warehouse.Folder, "keys")).Select(Path.GetFileName));
        Assert.Equal(HttpStatusCode.OK, homeOnB.StatusCode);
    }

    [Fact]
    public async Task A_return_sent_through_one_node_is_in_the_history_and_its_checked_copy_is_handed_out_by_the_other()
    {
        await using var a = await PortalHost.StartAsync();
        await using var b = await PortalHost.StartBesideAsync(a);
        using var officer = await SignedInOnBothAsync(a, b, "abai.officer", PortalRoles.RegionalOfficer, Abai);

        var accepted = await PortalHost.UploadAsync(officer.OnB, Return(Semey, 120), "semey.xlsx");
        var rejected = await PortalHost.UploadAsync(officer.OnB, Return(Kurchatov, 80).Cell("subjects", "E3", -5), "kurchatov.xlsx");
        var link = WebUtility.HtmlDecode(CheckedLink().Match(rejected).Groups["link"].Value);
        var copy = await officer.OnA.GetAsync(link);
        var history = WebUtility.HtmlDecode(await officer.OnA.GetStringAsync("/Returns"));

        Assert.Contains("<strong>semey.xlsx</strong>: принят (v1)", accepted, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, copy.StatusCode);
        using var workbook = new XLWorkbook(await copy.Content.ReadAsStreamAsync());
        Assert.Equal(("subjects", "E3"), (workbook.Worksheet(1).Cell("A2").GetString(), workbook.Worksheet(1).Cell("B2").GetString()));
        Assert.Contains("semey.xlsx", history, StringComparison.Ordinal);
        Assert.Contains("<td>abai.officer</td>", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_seen_on_one_node_shows_the_new_figures_there_once_a_return_is_loaded_through_the_other()
    {
        await using var a = await PortalHost.StartAsync();
        await using var b = await PortalHost.StartBesideAsync(a);
        using var analyst = await SignedInOnBothAsync(a, b, "analyst", PortalRoles.MinistryAnalyst, null);
        using var semeyOnA = await a.SignedInAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);
        using var kurchatovOnB = await b.SignedInAsync("kurchatov.officer", PortalRoles.DistrictOfficer, Kurchatov);
        await PortalHost.UploadAsync(semeyOnA, Return(Semey, 1234), "semey.xlsx");
        var cache = Path.Combine(a.Warehouse.Folder, "report-cache");

        var first = await analyst.OnA.GetStringAsync($"/Reports/View?{RegionQuarterly}");
        var sameOnB = await analyst.OnB.GetStringAsync($"/Reports/View?{RegionQuarterly}");
        var keptBefore = Directory.GetFiles(cache, "*.html", SearchOption.AllDirectories);
        var versionBefore = await ReportDataVersion.OfAsync(a.Warehouse.Connections, a.Time, null, CancellationToken.None);
        await PortalHost.UploadAsync(kurchatovOnB, Return(Kurchatov, 5678), "kurchatov.xlsx");
        var versionAfter = await ReportDataVersion.OfAsync(a.Warehouse.Connections, a.Time, null, CancellationToken.None);
        var afterOnA = await analyst.OnA.GetStringAsync($"/Reports/View?{RegionQuarterly}");

        Assert.Equal(first, sameOnB);
        Assert.Equal(Path.Combine(cache, versionBefore), Path.GetDirectoryName(Assert.Single(keptBefore)));
        Assert.DoesNotContain("5 678", Plain(first), StringComparison.Ordinal);
        Assert.NotEqual(versionBefore, versionAfter);
        Assert.Contains("5 678", Plain(afterOnA), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(cache, versionAfter), "*.html"));
    }

    /// <summary>One person signed in once, through the first node, with a browser to each node on the same cookies.</summary>
    private static async Task<Browsers> SignedInOnBothAsync(PortalHost a, PortalHost b, string name, string role, string? unit)
    {
        Assert.True((await a.AddAccountAsync(name, role, unit)).Done);
        var cookies = new CookieContainer();
        var browsers = new Browsers(cookies, a.Browser(cookies), b.Browser(cookies));
        Assert.Equal(HttpStatusCode.Redirect, (await PortalHost.SignInAsync(browsers.OnA, name, PortalHost.Password)).StatusCode);
        return browsers;
    }

    private static async Task<List<(string Name, string Xml)>> StoredKeysAsync(PortalHost portal)
    {
        await using var connection = await portal.Warehouse.Connections.OpenAsync();
        return [.. await connection.QueryAsync<(string, string)>("SELECT key_name, key_xml FROM portal_key")];
    }

    /// <summary>The cookie changed in one character, as a forger would send it.</summary>
    private static void Tamper(CookieContainer cookies, string name)
    {
        var site = new Uri("https://localhost/");
        var value = cookies.GetCookies(site)[name]!.Value;
        var middle = value.Length / 2;
        cookies.SetCookies(site, $"{name}={value[..middle]}{(value[middle] == 'A' ? 'B' : 'A')}{value[(middle + 1)..]}; path=/; secure");
    }

    private static ReturnBuilder Return(string unit, int volunteers)
    {
        var builder = new ReturnBuilder(unit, "2026Q2");
        builder.Header = builder.Header with { SubmittedOn = new DateOnly(2026, 7, 1) };
        builder.Subjects = [new SubjectCount(3, "volunteer", "social_assistance", volunteers, volunteers, 15)];
        return builder;
    }

    private static string Plain(string html) => html.Replace('\u00a0', ' ').Replace('\u202f', ' ');

    [GeneratedRegex("href=\"(?<link>/Returns/Checked[^\"]+)\"")]
    private static partial Regex CheckedLink();

    /// <summary>One browser behind a load balancer: a client to each node, on the same cookies.</summary>
    private sealed record Browsers(CookieContainer Cookies, HttpClient OnA, HttpClient OnB) : IDisposable
    {
        public void Dispose()
        {
            OnA.Dispose();
            OnB.Dispose();
        }
    }
}
