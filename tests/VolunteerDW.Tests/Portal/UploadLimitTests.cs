using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using VolunteerDW.Etl.Intake;
using VolunteerDW.Host.Service;
using VolunteerDW.Portal.Hosting;
using VolunteerDW.Portal.Returns;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Tests.Portal;

/// <summary>An upload is held to the loader's own limits: a file over its limit gets its result line, a sending over any the loader would take is refused unread.</summary>
public sealed class UploadLimitTests
{
    private const string Semey = "101000000";

    [Fact]
    public async Task A_workbook_over_the_file_limit_is_rejected_with_its_size_and_the_limit_and_nothing_is_loaded()
    {
        await using var portal = await PortalHost.StartAsync(new PortalSettings { Limits = new ArchiveLimits { MaxFileBytes = 2_000 } });
        using var browser = await portal.SignedInAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);

        var page = await PortalHost.UploadAsync(browser, new ReturnBuilder(Semey).SentOn(new DateOnly(2026, 7, 1)), "semey.xlsx");

        Assert.Contains("<strong>semey.xlsx</strong>: не принят", page, StringComparison.Ordinal);
        Assert.Contains("файл слишком большой", page, StringComparison.Ordinal);
        Assert.Contains("предел 2000 байт", page, StringComparison.Ordinal);
        Assert.Equal(0, await portal.ScalarAsync("SELECT COUNT(*) FROM dim_submission"));
    }

    [Theory]
    [InlineData(false, "text/plain")]
    [InlineData(true, "text/html")]
    public async Task A_sending_larger_than_any_the_loader_would_take_is_refused_with_413_unread_and_nothing_kept_or_loaded(bool byHtmx, string type)
    {
        var limits = new ArchiveLimits { MaxFileBytes = 1_000, MaxUncompressedBytes = 1_000 };
        await using var portal = await PortalHost.StartAsync(new PortalSettings { Limits = limits });
        using var browser = await portal.SignedInAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);
        var token = await PortalHost.FormTokenAsync(browser, "/Returns/Upload");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(new byte[UploadLimits.MaxRequestBytes(limits) + 1]);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "files", "semey.xlsx");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Returns/Upload") { Content = form };
        if (byHtmx)
        {
            request.Headers.Add("HX-Request", "true");
        }

        using var answer = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
        Assert.Equal(type, answer.Content.Headers.ContentType?.MediaType);
        // The limit in megabytes as Russian writes it: 1 MB for the form and 1,000 bytes of file, rounded.
        Assert.Contains("Отправленные файлы слишком велики: не более 1 МБ за одну отправку. Ничего не загружено.", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(portal.Warehouse.Folder, "uploads")));
        Assert.Equal(0, await portal.ScalarAsync("SELECT COUNT(*) FROM dim_submission"));
    }

    [Fact]
    public void The_portal_takes_files_within_the_services_limit_and_loads_as_many_at_once_as_set()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Service:MaxFileMb", "5"), new("Portal:ConcurrentLoads", "3")]).Build();

        var settings = ServiceSettings.From(configuration);

        Assert.Equal(5L * 1024 * 1024, settings.Portal.Limits.MaxFileBytes);
        Assert.Same(settings.Limits, settings.Portal.Limits);
        Assert.Equal(3, settings.Portal.ConcurrentLoads);
        Assert.Equal(1, ServiceSettings.From(new ConfigurationBuilder().Build()).Portal.ConcurrentLoads);
    }
}
