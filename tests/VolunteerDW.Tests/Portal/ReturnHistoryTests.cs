using System.Net;
using System.Text.RegularExpressions;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.History;
using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Tests.Portal;

/// <summary>
/// A return's history and what changed between its versions: both versions listed, the later one
/// counting; the comparison showing exactly the differences, with both values; only for units the
/// reader may see, whatever the address asks.
/// </summary>
public sealed partial class ReturnHistoryTests
{
    private const string Semey = "101000000", Kurchatov = "101800000", Abai = "100000000", Almaly = "751110000";

    private const string NewProgramme = "Ауладағы кітапхана";

    private const string OldText = "Ауылдарға бару үшін көлік жетіспейді.", NewText = "Ауылдарға бару үшін көлік мүлде жоқ.";

    [Fact]
    public async Task The_history_lists_both_versions_the_later_current_with_who_sent_each_and_the_stored_timeliness()
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);
        await SendBothVersionsAsync(portal, browser);

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/Returns"));

        Assert.Matches(VersionRow("superseded", 1, "Семей 2026Q2.xlsx"), page);
        Assert.Matches(VersionRow("current", 2, "Семей 2026Q2 түзетілген.xlsx"), page);
        Assert.Equal(2, Regex.Count(page, "<td>semey.officer</td>"));
        Assert.Contains("В срок", page, StringComparison.Ordinal);
        Assert.Contains("заменена; срок — по этой версии", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/Returns/Compare?unit=101000000&quarter=2026Q2&from=1&to=2\">Изменения v1 → v2</a>", page, StringComparison.Ordinal);
        Assert.Contains("<select id=\"from-101000000-2026Q2\" name=\"from\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_comparison_shows_exactly_the_changed_number_the_added_programme_and_the_changed_text_with_both_values()
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);
        await SendBothVersionsAsync(portal, browser);

        var answer = await browser.GetAsync($"/Returns/Compare?unit={Semey}&quarter=2026Q2&from=1&to=2");
        var page = WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(3, Regex.Count(page, "<table class=\"differences"));
        Assert.DoesNotContain("Сведения об отчёте", page, StringComparison.Ordinal);
        Assert.Matches(Difference("Количество субъектов (subjects)", "120", "1\u00A0250"), page);
        Assert.Contains("Добавлена строка, строка 5: action — Акция · " + NewProgramme, page, StringComparison.Ordinal);
        Assert.Matches(Difference("Количество волонтёров (volunteers)", "—", "7"), page);
        Assert.Contains("Изменена строка, строка 4: problem — Проблема · Көлік жоқ", page, StringComparison.Ordinal);
        Assert.Matches(Difference("Содержание (text)", OldText, NewText), page);
    }

    [Fact]
    public async Task In_Kazakh_the_comparison_names_fields_as_the_template_does_and_writes_dates_the_Kazakh_way()
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = await portal.SignedInAsync("semey.officer", PortalRoles.DistrictOfficer, Semey, language: "kk");
        await SendBothVersionsAsync(portal, browser);

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/Returns/Compare?unit={Semey}&quarter=2026Q2&from=1&to=2"));

        Assert.Contains("<html lang=\"kk\">", page, StringComparison.Ordinal);
        Assert.Matches(Difference("Субъектілер саны (subjects)", "120", "1\u00A0250"), page);
        Assert.Matches(Difference("Басталған күні (start_date)", "—", "2026 жылғы 1 маусым"), page);
        Assert.Contains("Қосылған жол, жол 5", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_comparison_alone_finds_exactly_the_cells_that_differ_and_pairs_moved_rows()
    {
        var (older, newer) = BothVersions();
        // The new programme goes above the others this time, moving them down a row.
        newer.Programmes = [Programme(3), .. older.Programmes.Select(p => p with { SourceRow = p.SourceRow + 1 })];
        newer.Header = newer.Header with { PreparedBy = "Дана Серікқызы" };

        var differences = ReturnComparison.Compare(older.Submission, newer.Submission);

        Assert.Equal(["submission", "subjects", "programmes", "practices"], differences.Sheets.Select(s => s.Sheet.Name));
        var header = Assert.Single(differences.Sheets[0].Rows).Cells;
        Assert.Equal(("prepared_by", "Әсел Нұрланқызы", "Дана Серікқызы"), (Assert.Single(header).Field.Code, header[0].Old, header[0].New));
        var subject = Assert.Single(differences.Sheets[1].Rows);
        Assert.Equal((RowChange.Changed, 3, 3), (subject.Change, subject.OldRow, subject.NewRow));
        Assert.Equal(("subjects", (object?)120L, (object?)1250L), (Assert.Single(subject.Cells).Field.Code, subject.Cells[0].Old, subject.Cells[0].New));
        // The programme added above the others is the one difference: the two rows it moved down are the same rows.
        var added = Assert.Single(differences.Sheets[2].Rows);
        Assert.Equal((RowChange.Added, null, 3), (added.Change, added.OldRow, added.NewRow));
        Assert.Equal(["action", NewProgramme], added.Identity.Select(c => c.Value));
        Assert.Contains(added.Cells, c => c.Field.Code == "volunteers" && c.Old is null && Equals(c.New, 7L));
        var practice = Assert.Single(differences.Sheets[3].Rows);
        Assert.Equal(("text", OldText, NewText), (Assert.Single(practice.Cells).Field.Code, practice.Cells[0].Old, practice.Cells[0].New));
        Assert.True(ReturnComparison.Compare(newer.Submission, newer.Submission).None);
    }

    [Fact]
    public void A_title_corrected_in_place_is_a_changed_cell_and_a_row_deleted_is_a_removed_row_with_its_values()
    {
        var (older, newer) = (Return(), Return());
        newer.Programmes[0] = newer.Programmes[0] with { Title = "«Таза қала» сенбілігі " };
        newer.Practices.RemoveAt(2);

        var differences = ReturnComparison.Compare(older.Submission, newer.Submission);

        var corrected = Assert.Single(differences.Sheets.Single(s => s.Sheet.Name == "programmes").Rows);
        Assert.Equal((RowChange.Changed, "title"), (corrected.Change, Assert.Single(corrected.Cells).Field.Code));
        Assert.Equal(("«Таза қала» сенбілігі", "«Таза қала» сенбілігі "), (corrected.Cells[0].Old, corrected.Cells[0].New));
        var removed = Assert.Single(differences.Sheets.Single(s => s.Sheet.Name == "practices").Rows);
        Assert.Equal((RowChange.Removed, 5, null), (removed.Change, removed.OldRow, removed.NewRow));
        Assert.Contains(removed.Cells, c => c.Field.Code == "proposal_area" && Equals(c.Old, "civic_initiatives") && c.New is null);
    }

    [Fact]
    public async Task A_version_read_back_from_the_warehouse_holds_every_cell_it_was_loaded_with()
    {
        await using var harness = await LoadHarness.CreateAsync(WarehouseEngine.Sqlite);
        var (_, sent) = BothVersions();
        sent.Header = sent.Header with { SubmittedOn = new DateOnly(2026, 7, 3) };
        Assert.Equal(LoadOutcome.Loaded, (await harness.LoadOneAsync(sent.WriteTo(harness.Folder))).Outcome);
        await using var connection = await harness.Warehouse.Connections.OpenAsync();

        var stored = await StoredReturn.ReadAsync(connection, Semey, Quarter.Parse("2026Q2"), 1);

        Assert.NotNull(stored);
        Assert.True(ReturnComparison.Compare(sent.Submission, stored).None);
        Assert.Null(await StoredReturn.ReadAsync(connection, Semey, Quarter.Parse("2026Q2"), 2));
    }

    [Theory]
    [InlineData(PortalRoles.DistrictOfficer, Semey, Kurchatov)]
    [InlineData(PortalRoles.DistrictOfficer, Semey, Abai)]
    [InlineData(PortalRoles.RegionalOfficer, Abai, Almaly)]
    public async Task Another_units_history_or_comparison_asked_for_by_address_is_refused(string role, string own, string asked)
    {
        await using var portal = await PortalHost.StartAsync();
        await LoadAsync(portal, Return(asked, isRegion: asked == Abai), Return(asked, isRegion: asked == Abai, people: 121));
        using var browser = await portal.SignedInAsync("officer", role, own);

        var history = await browser.GetAsync($"/Returns?unit={asked}");
        var comparison = await browser.GetAsync($"/Returns/Compare?unit={asked}&quarter=2026Q2&from=1&to=2");
        var everything = await browser.GetStringAsync("/Returns");

        Assert.Equal(HttpStatusCode.Forbidden, history.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, comparison.StatusCode);
        Assert.DoesNotContain(asked, everything, StringComparison.Ordinal);
        Assert.Contains(PortalTextNoReturns, everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_regional_officer_sees_and_compares_their_regions_units_and_the_ministry_every_region()
    {
        await using var portal = await PortalHost.StartAsync();
        await LoadAsync(portal, Return(Semey), Return(Semey, people: 121), Return(Almaly));
        using var region = await portal.SignedInAsync("abai.officer", PortalRoles.RegionalOfficer, Abai);
        using var ministry = await portal.SignedInAsync("analyst", PortalRoles.MinistryAnalyst, null);

        var regional = await region.GetStringAsync("/Returns");
        var national = await ministry.GetStringAsync("/Returns?quarter=2026Q2");

        Assert.Contains("id=\"return-101000000-2026Q2\"", regional, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"return-751110000-2026Q2\"", regional, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await region.GetAsync($"/Returns/Compare?unit={Semey}&quarter=2026Q2&from=2&to=1")).StatusCode);
        Assert.Contains("<option value=\"751110000\"", national, StringComparison.Ordinal);
        Assert.Contains("id=\"return-751110000-2026Q2\"", national, StringComparison.Ordinal);
        Assert.Contains("id=\"return-101000000-2026Q2\"", national, StringComparison.Ordinal);
        var filtered = await ministry.GetStringAsync($"/Returns?unit={Almaly}");
        Assert.DoesNotContain("id=\"return-101000000-2026Q2\"", filtered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_regional_officer_compares_their_regions_own_return_with_its_totals_for_the_whole_region()
    {
        await using var portal = await PortalHost.StartAsync();
        await LoadAsync(portal, Return(Abai, isRegion: true), Return(Abai, isRegion: true, people: 121));
        using var region = await portal.SignedInAsync("abai.officer", PortalRoles.RegionalOfficer, Abai);

        var page = WebUtility.HtmlDecode(await region.GetStringAsync($"/Returns/Compare?unit={Abai}&quarter=2026Q2&from=1&to=2"));

        Assert.Contains("<h2 id=\"sheet-subjects\">", page, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"sheet-consolidated\">Свод по области (consolidated)</h2>", page, StringComparison.Ordinal);
        Assert.Equal(2, Difference("Количество вовлечённых людей (people)", "120", "121").Count(page));
    }

    [Fact]
    public async Task Semey_counted_for_East_Kazakhstan_before_the_2022_reform_so_Abais_officer_sees_only_its_later_returns()
    {
        await using var portal = await PortalHost.StartAsync();
        await LoadAsync(portal, Return(Semey, quarter: "2021Q4"), Return(Semey, quarter: "2021Q4", people: 121), Return(Semey));
        using var region = await portal.SignedInAsync("abai.officer", PortalRoles.RegionalOfficer, Abai);

        var history = await region.GetStringAsync($"/Returns?unit={Semey}");

        Assert.Contains("id=\"return-101000000-2026Q2\"", history, StringComparison.Ordinal);
        Assert.DoesNotContain("2021Q4", history, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await region.GetAsync($"/Returns/Compare?unit={Semey}&quarter=2021Q4&from=1&to=2")).StatusCode);
        Assert.Contains(PortalTextNoReturns, await region.GetStringAsync($"/Returns?unit={Semey}&quarter=2021Q4"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Returns?quarter=2026Q9", HttpStatusCode.BadRequest)]
    [InlineData("/Returns?unit=10100", HttpStatusCode.BadRequest)]
    [InlineData("/Returns?unit=999999999", HttpStatusCode.NotFound)]
    [InlineData("/Returns/Compare?unit=101000000&quarter=2026Q2&from=1", HttpStatusCode.BadRequest)]
    [InlineData("/Returns/Compare?unit=101000000&quarter=2026Q2&from=0&to=1", HttpStatusCode.BadRequest)]
    [InlineData("/Returns/Compare?unit=101000000&quarter=second&from=1&to=2", HttpStatusCode.BadRequest)]
    [InlineData("/Returns/Compare?unit=101000000&quarter=2026Q2&from=1&to=3", HttpStatusCode.NotFound)]
    [InlineData("/Returns/Compare?unit=101000000&quarter=2026Q1&from=1&to=2", HttpStatusCode.NotFound)]
    [InlineData("/Returns/Compare?unit=101000000&quarter=2026Q2&from=1&to=2", HttpStatusCode.OK)]
    public async Task A_malformed_address_is_a_bad_request_and_a_version_that_does_not_exist_is_not_found(string address, HttpStatusCode answer)
    {
        await using var portal = await PortalHost.StartAsync();
        await LoadAsync(portal, Return(Semey), Return(Semey, people: 121));
        using var browser = await portal.SignedInAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);

        Assert.Equal(answer, (await browser.GetAsync(address)).StatusCode);
    }

    [Theory]
    [InlineData("/Returns")]
    [InlineData("/Returns/Compare?unit=101000000&quarter=2026Q2&from=1&to=2")]
    public async Task Signed_out_the_pages_send_the_browser_to_sign_in(string address)
    {
        await using var portal = await PortalHost.StartAsync();
        using var browser = portal.Browser();

        var answer = await browser.GetAsync(address);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("/SignIn", answer.Headers.Location!.IsAbsoluteUri ? answer.Headers.Location.PathAndQuery : answer.Headers.Location.OriginalString, StringComparison.Ordinal);
    }

    private const string PortalTextNoReturns = "Нет отчетов для показа.";

    // Version 2 differs from version 1 in three cells' worth: a count changed, a programme added, a text changed.
    private static (ReturnBuilder Older, ReturnBuilder Newer) BothVersions()
    {
        var (older, newer) = (Return(), Return());
        newer.Subjects[0] = newer.Subjects[0] with { Subjects = 1250 };
        newer.Programmes.Add(Programme(5));
        newer.Practices[1] = newer.Practices[1] with { Text = NewText };
        return (older, newer);
    }

    private static Programme Programme(int row) =>
        new(row, "action", NewProgramme, "social_services", new DateOnly(2026, 6, 1), null, null, 7, null, null, null);

    private static ReturnBuilder Return(string unit = Semey, bool isRegion = false, long people = 120, string quarter = "2026Q2")
    {
        var builder = new ReturnBuilder(unit, quarter, isRegion);
        // Sent on the day the portal's clock stands at.
        builder.Header = builder.Header with { SubmittedOn = new DateOnly(2026, 7, 1) };
        builder.Subjects[0] = builder.Subjects[0] with { People = people };
        builder.Consolidated = isRegion ? [.. builder.Subjects] : [];
        return builder;
    }

    private static async Task SendBothVersionsAsync(PortalHost portal, HttpClient browser)
    {
        var (older, newer) = BothVersions();
        await SendAsync(browser, older, "Семей 2026Q2.xlsx", 1);
        // An hour later, so that the two files are kept under names of their own.
        portal.Time.Advance(TimeSpan.FromHours(1));
        await SendAsync(browser, newer, "Семей 2026Q2 түзетілген.xlsx", 2);
    }

    private static async Task SendAsync(HttpClient browser, ReturnBuilder workbook, string name, int version) =>
        Assert.Matches($"<strong>{Regex.Escape(name)}</strong>: [^<(]+\\(v{version}\\)", await PortalHost.UploadAsync(browser, workbook, name));

    // Returns loaded as `vdw load` loads them, for units no signed-in officer sends for.
    private static async Task LoadAsync(PortalHost portal, params ReturnBuilder[] returns)
    {
        var folder = Directory.CreateDirectory(Path.Combine(portal.Warehouse.Folder, "inbox")).FullName;
        var loader = new SubmissionLoader(portal.Warehouse.Connections,
            new LoadOptions { Time = portal.Time, Received = ReceivedTime.At(portal.Time.GetUtcNow()) });
        for (var i = 0; i < returns.Length; i++)
        {
            var report = await loader.LoadAsync([returns[i].WriteTo(folder, $"{i}.xlsx")]);
            Assert.Equal(LoadOutcome.Loaded, Assert.Single(report.Results).Outcome);
        }
    }

    private static Regex VersionRow(string standing, int version, string file) =>
        new($"<tr class=\"{standing}\">\\s*<th scope=\"row\">v{version}</th>\\s*<td>[^<]+</td>\\s*<td>{Regex.Escape(file)}</td>");

    private static Regex Difference(string field, string was, string now) =>
        new($"<th scope=\"row\">{Regex.Escape(field)}</th>\\s*<td class=\"was\">{Regex.Escape(was)}</td>\\s*<td class=\"now\">{Regex.Escape(now)}</td>");
}
