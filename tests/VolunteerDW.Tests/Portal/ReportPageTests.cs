using System.IO.Compression;
using System.Net;
using ClosedXML.Excel;
using Dapper;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Portal.Reporting;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Tests.Portal;

/// <summary>
/// The reports pages: each report made from the warehouse by the code `vdw report` uses, opened under
/// its own strict policy and downloaded; kept until the data changes; given only to whom it belongs.
/// </summary>
public sealed class ReportPageTests
{
    private const string Semey = "101000000", Kurchatov = "101800000", Abai = "100000000", Almaty = "750000000";
    private const string RegionQuarterly = $"kind=region-quarterly&period=2026Q2&region={Abai}&lang=ru";

    [Theory]
    [InlineData("kind=semiannual&period=2026H1&lang=ru", "Сводная информация", "действовали 1 234 субъекта")]
    [InlineData("kind=quarterly&period=2026Q2&lang=ru", "Квартальный дайджест", "действовали 1 234 субъекта")]
    [InlineData(RegionQuarterly, "Область Абай", "Семей")]
    [InlineData("kind=compliance&period=2026Q2&lang=kk", "Абай облысы", "220 күтілді, 1 тапсырылды")]
    public async Task An_analyst_opens_each_report_as_a_document_of_its_own_with_its_figures_under_a_policy_that_allows_its_style_and_no_script(string query, string text, string figures)
    {
        await using var portal = await PortalHost.StartAsync();
        await LoadAsync(portal, Return(Semey, 1234));
        using var browser = await portal.SignedInAsync("analyst", PortalRoles.MinistryAnalyst, null);

        var page = await browser.GetStringAsync($"/Reports?{query}");
        var link = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "href=\"(?<link>/Reports/View\\?[^\"]+)\"").Groups["link"].Value);
        var report = await browser.GetAsync(link);
        var html = await report.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.Contains(figures, Plain(html), StringComparison.Ordinal);
        var policy = report.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Matches("^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; font-src data:; img-src data:;", policy);
        Assert.DoesNotContain("script", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.Equal(ReportDocumentPolicy.For(html), policy);
        Assert.Equal("DENY", report.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task The_annex_downloads_as_a_workbook_with_the_reports_table_and_the_download_is_on_the_audit_log()
    {
        await using var portal = await PortalHost.StartAsync();
        await LoadAsync(portal, Return(Semey, 1234));
        using var browser = await portal.SignedInAsync("analyst", PortalRoles.MinistryAnalyst, null);

        var file = await browser.GetAsync($"/Reports/Download?{RegionQuarterly}&format=xlsx");

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal($"region-quarterly-2026Q2-{Abai}.ru.xlsx", file.Content.Headers.ContentDisposition!.FileNameStar ?? file.Content.Headers.ContentDisposition.FileName);
        using var workbook = new XLWorkbook(await file.Content.ReadAsStreamAsync());
        Assert.Contains(workbook.Worksheets.SelectMany(s => s.CellsUsed()), c => c.GetString() == "1234" || (c.DataType == XLDataType.Number && c.GetDouble() == 1234));
        Assert.Equal(1, await ScalarAsync(portal, $"SELECT COUNT(*) FROM portal_audit WHERE action = 'downloaded' AND user_name = 'analyst' AND subject = 'region-quarterly-2026Q2-{Abai}.ru.xlsx'"));
    }

    [Fact]
    public async Task Markdown_downloads_as_a_zip_of_the_report_and_every_chart_it_links()
    {
        await using var portal = await PortalHost.StartAsync();
        await LoadAsync(portal, Return(Semey, 1234));
        using var browser = await portal.SignedInAsync("analyst", PortalRoles.MinistryAnalyst, null);

        var file = await browser.GetAsync("/Reports/Download?kind=semiannual&period=2026H1&lang=kk&format=md");

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        using var zip = new ZipArchive(await file.Content.ReadAsStreamAsync());
        var markdown = new StreamReader(Assert.Single(zip.Entries, e => e.FullName.EndsWith(".md", StringComparison.Ordinal)).Open()).ReadToEnd();
        Assert.StartsWith("# Қазақстан Республикасындағы волонтерлік қызмет туралы жиынтық ақпарат", markdown, StringComparison.Ordinal);
        var charts = System.Text.RegularExpressions.Regex.Matches(markdown, @"\]\((charts/[^)]+\.svg)\)").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(charts);
        Assert.Equal(charts.Order(StringComparer.Ordinal), zip.Entries.Where(e => e.FullName.StartsWith("charts/", StringComparison.Ordinal)).Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [ChromiumFact]
    public async Task The_pdf_downloads_printed()
    {
        await using var portal = await PortalHost.StartAsync();
        await LoadAsync(portal, Return(Semey, 1234));
        using var browser = await portal.SignedInAsync("abai.officer", PortalRoles.RegionalOfficer, Abai);

        var file = await browser.GetAsync($"/Reports/Download?{RegionQuarterly}&format=pdf");

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await file.Content.ReadAsByteArrayAsync(), 0, 4), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_is_kept_and_given_again_until_a_load_changes_the_data_then_made_anew_with_the_new_figures()
    {
        await using var portal = await PortalHost.StartAsync();
        await LoadAsync(portal, Return(Semey, 1234));
        using var browser = await portal.SignedInAsync("analyst", PortalRoles.MinistryAnalyst, null);
        var first = await browser.GetStringAsync($"/Reports/View?{RegionQuarterly}");
        var kept = Assert.Single(Directory.GetFiles(Path.Combine(portal.Warehouse.Folder, "report-cache"), "*.html", SearchOption.AllDirectories));
        // Marked as written long ago: made again, it would be a new file written now.
        var longAgo = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(kept, longAgo);

        var again = await browser.GetStringAsync($"/Reports/View?{RegionQuarterly}");
        var keptAgain = File.GetLastWriteTimeUtc(kept);
        await LoadAsync(portal, Return(Kurchatov, 5678));
        var afterLoad = await browser.GetStringAsync($"/Reports/View?{RegionQuarterly}");

        Assert.Equal(first, again);
        Assert.Equal(longAgo, keptAgain);
        Assert.DoesNotContain("5 678", Plain(first), StringComparison.Ordinal);
        Assert.Contains("5 678", Plain(afterLoad), StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(portal.Warehouse.Folder, "report-cache"), "*.html", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task Two_asking_at_once_for_a_report_not_yet_kept_get_the_one_file_made_once()
    {
        var folder = Directory.CreateTempSubdirectory("vdw-report-cache-test-");
        try
        {
            var cache = new ReportCache(folder.FullName);
            var made = 0;
            var release = new TaskCompletionSource();
            async Task<string> Make(string work)
            {
                Interlocked.Increment(ref made);
                await release.Task;
                var path = Path.Combine(work, "made.html");
                await File.WriteAllTextAsync(path, "<p>report</p>");
                return path;
            }

            var one = cache.GetAsync("v1", "quarterly-2026Q2.ru.html", Make, CancellationToken.None);
            var two = cache.GetAsync("v1", "quarterly-2026Q2.ru.html", Make, CancellationToken.None);
            // Nothing is in place while it is being made.
            Assert.False(File.Exists(Path.Combine(folder.FullName, "v1", "quarterly-2026Q2.ru.html")));
            release.SetResult();
            var paths = await Task.WhenAll(one, two);

            Assert.Equal(1, made);
            Assert.Equal(paths[0], paths[1]);
            Assert.Equal("<p>report</p>", await File.ReadAllTextAsync(paths[0]));
            Assert.Equal([Path.Combine(folder.FullName, "v1")], Directory.GetDirectories(folder.FullName));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_new_versions_first_report_removes_the_folders_nothing_was_added_to_for_an_hour_and_keeps_the_rest()
    {
        var folder = Directory.CreateTempSubdirectory("vdw-report-cache-test-");
        try
        {
            var cache = new ReportCache(folder.FullName);
            static async Task<string> Make(string work)
            {
                var path = Path.Combine(work, "made.html");
                await File.WriteAllTextAsync(path, "<p>report</p>");
                return path;
            }

            await cache.GetAsync("v1", "quarterly-2026Q2.ru.html", Make, CancellationToken.None);
            var v2 = Directory.CreateDirectory(Path.Combine(folder.FullName, "v2"));
            var crashed = Directory.CreateDirectory(Path.Combine(folder.FullName, ".making-0123"));
            // Ages as the file system tells them (here from the first version's folder, made just now),
            // against the time it gives the next version's folder.
            var now = Directory.GetLastWriteTimeUtc(Path.Combine(folder.FullName, "v1"));
            Directory.SetLastWriteTimeUtc(Path.Combine(folder.FullName, "v1"), now - ReportCache.KeepFor - TimeSpan.FromMinutes(10));
            Directory.SetLastWriteTimeUtc(crashed.FullName, now - ReportCache.KeepFor - TimeSpan.FromMinutes(10));
            Directory.SetLastWriteTimeUtc(v2.FullName, now - ReportCache.KeepFor + TimeSpan.FromMinutes(30));

            await cache.GetAsync("v3", "quarterly-2026Q2.ru.html", Make, CancellationToken.None);
            Assert.Equal(["v2", "v3"], Directory.GetDirectories(folder.FullName).Select(Path.GetFileName).Order(StringComparer.Ordinal));

            // Another report of a version already there removes nothing.
            Directory.SetLastWriteTimeUtc(v2.FullName, now - ReportCache.KeepFor - TimeSpan.FromMinutes(10));
            await cache.GetAsync("v3", "quarterly-2026Q2.kk.html", Make, CancellationToken.None);
            Assert.Equal(["v2", "v3"], Directory.GetDirectories(folder.FullName).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(RegionQuarterly, HttpStatusCode.OK)]
    [InlineData($"kind=region-quarterly&period=2026Q2&region={Almaty}&lang=ru", HttpStatusCode.Forbidden)]
    [InlineData("kind=quarterly&period=2026Q2&lang=ru", HttpStatusCode.Forbidden)]
    [InlineData("kind=semiannual&period=2026H1&lang=ru", HttpStatusCode.Forbidden)]
    [InlineData("kind=compliance&period=2026Q2&lang=ru", HttpStatusCode.Forbidden)]
    public async Task A_regional_officer_has_their_own_regions_quarterly_report_only(string query, HttpStatusCode answer)
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("abai.officer", PortalRoles.RegionalOfficer, Abai);

        Assert.Equal(answer, (await browser.GetAsync($"/Reports?{query}")).StatusCode);
        Assert.Equal(answer, (await browser.GetAsync($"/Reports/View?{query}")).StatusCode);
        Assert.Equal(answer, (await browser.GetAsync($"/Reports/Download?{query}&format=xlsx")).StatusCode);
    }

    [Fact]
    public async Task A_regional_officer_is_offered_their_own_region_only_and_no_scheduled_file()
    {
        await using var portal = await PortalHost.StartAsync();
        var file = Scheduled(portal, "2026Q2/tier2_deadline/quarterly-2026Q2.ru.html");
        using var browser = await portal.SignedInAsync("abai.officer", PortalRoles.RegionalOfficer, Abai);

        var page = await browser.GetStringAsync("/Reports");

        Assert.Contains($"<option value=\"{Abai}\" selected=\"selected\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{Almaty}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"semiannual\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(file, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync($"/Reports/Scheduled?file={Uri.EscapeDataString(file)}")).StatusCode);
    }

    [Theory]
    [InlineData("/Reports")]
    [InlineData($"/Reports/View?{RegionQuarterly}")]
    [InlineData($"/Reports/Download?{RegionQuarterly}&format=xlsx")]
    [InlineData("/Reports/Scheduled?file=2026Q2%2Ftier2_deadline%2Fquarterly-2026Q2.ru.html")]
    public async Task A_district_officer_has_no_report(string address)
    {
        await using var portal = await PortalHost.StartAsync();
        Scheduled(portal, "2026Q2/tier2_deadline/quarterly-2026Q2.ru.html");
        using var browser = await portal.SignedInAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(address)).StatusCode);
    }

    [Theory]
    [InlineData("/Reports")]
    [InlineData($"/Reports/View?{RegionQuarterly}")]
    [InlineData($"/Reports/Download?{RegionQuarterly}&format=pdf")]
    [InlineData("/Reports/Scheduled?file=2026Q2%2Ftier2_deadline%2Fquarterly-2026Q2.ru.html")]
    public async Task Nobody_signed_out_has_a_report(string address)
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = portal.Browser();

        var answer = await browser.GetAsync(address);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("https://localhost/SignIn", answer.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Reports/View?kind=annual&period=2026Q2&lang=ru", HttpStatusCode.BadRequest)]
    [InlineData("/Reports/View?kind=semiannual&period=2026Q2&lang=ru", HttpStatusCode.BadRequest)]
    [InlineData("/Reports/View?kind=quarterly&period=2026H1&lang=ru", HttpStatusCode.BadRequest)]
    [InlineData("/Reports/View?kind=quarterly&period=1999Q1&lang=ru", HttpStatusCode.BadRequest)]
    [InlineData("/Reports/View?kind=quarterly&period=2026Q2&lang=en", HttpStatusCode.BadRequest)]
    [InlineData("/Reports/View?kind=region-quarterly&period=2026Q2&region=1000&lang=ru", HttpStatusCode.BadRequest)]
    [InlineData($"/Reports/View?kind=region-quarterly&period=2026Q2&region={Semey}&lang=ru", HttpStatusCode.NotFound)]
    [InlineData($"/Reports/Download?{RegionQuarterly}&format=docx", HttpStatusCode.BadRequest)]
    [InlineData("/Reports?kind=semiannual&period=2026Q7&lang=ru", HttpStatusCode.BadRequest)]
    public async Task An_address_that_names_no_report_is_refused(string address, HttpStatusCode answer)
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("analyst", PortalRoles.MinistryAnalyst, null);

        Assert.Equal(answer, (await browser.GetAsync(address)).StatusCode);
    }

    [Fact]
    public async Task The_scheduled_reports_are_listed_with_when_they_were_written_and_downloaded_from_their_folder_only()
    {
        await using var portal = await PortalHost.StartAsync();
        var html = Scheduled(portal, "2026Q2/tier2_deadline/quarterly-2026Q2.kk.html");
        var markdown = Scheduled(portal, "2026H1/semiannual_final/semiannual-2026H1.ru.md", "# Сводная\n\n![Карта](charts/map-ru.svg)\n");
        Scheduled(portal, "2026H1/semiannual_final/charts/map-ru.svg", "<svg/>");
        var outside = Path.Combine(portal.Warehouse.Folder, "secret.html");
        await File.WriteAllTextAsync(outside, "secret");
        using var browser = await portal.SignedInAsync("analyst", PortalRoles.MinistryAnalyst, null, language: "kk");

        var page = await browser.GetStringAsync("/Reports");
        var file = await browser.GetAsync($"/Reports/Scheduled?file={Uri.EscapeDataString(html)}");
        var zip = await browser.GetAsync($"/Reports/Scheduled?file={Uri.EscapeDataString(markdown)}");

        Assert.Contains($">{html}</a>", page, StringComparison.Ordinal);
        // Written at 04:00 UTC: 09:00 in Kazakhstan, in the page's language.
        Assert.Contains("2026 жылғы 1 шілде, 09:00", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">2026H1/semiannual_final/charts/map-ru.svg<", page, StringComparison.Ordinal);
        Assert.Equal("report " + html, await file.Content.ReadAsStringAsync());
        using (var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync()))
        {
            Assert.Equal(["charts/map-ru.svg", "semiannual-2026H1.ru.md"], archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        }

        Assert.Equal(2, await ScalarAsync(portal, "SELECT COUNT(*) FROM portal_audit WHERE action = 'downloaded' AND user_name = 'analyst'"));
        foreach (var wrong in new[] { "../secret.html", "2026Q2/../../secret.html", outside, "/etc/passwd", "2026Q2\\..\\..\\secret.html", "2026H1/semiannual_final/charts/map-ru.svg", "" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Reports/Scheduled?file={Uri.EscapeDataString(wrong)}")).StatusCode);
        }
    }

    private static ReturnBuilder Return(string unit, int volunteers)
    {
        var builder = new ReturnBuilder(unit, "2026Q2");
        builder.Header = builder.Header with { SubmittedOn = new DateOnly(2026, 7, 1) };
        builder.Subjects = [new SubjectCount(3, "volunteer", "social_assistance", volunteers, volunteers, 15)];
        return builder;
    }

    private static async Task LoadAsync(PortalHost portal, ReturnBuilder workbook)
    {
        var folder = Directory.CreateTempSubdirectory("vdw-report-test-");
        try
        {
            var report = await new SubmissionLoader(portal.Warehouse.Connections, new Etl.Loading.LoadOptions { Time = portal.Time }).LoadAsync([workbook.WriteTo(folder.FullName)]);
            Assert.Equal(LoadOutcome.Loaded, Assert.Single(report.Results).Outcome);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A file as a scheduled job writes it, under the portal's reports folder, written at the portal's clock.</summary>
    private static string Scheduled(PortalHost portal, string path, string? content = null)
    {
        var full = Path.Combine(portal.Warehouse.Folder, "reports", path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content ?? "report " + path);
        File.SetLastWriteTimeUtc(full, portal.Time.GetUtcNow().UtcDateTime);
        return path;
    }

    private static string Plain(string html) => html.Replace('\u00a0', ' ').Replace('\u202f', ' ');

    private static async Task<long> ScalarAsync(PortalHost portal, string sql)
    {
        await using var connection = await portal.Warehouse.Connections.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }
}
