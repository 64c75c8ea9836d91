using VolunteerDW.Etl.Service;
using VolunteerDW.Etl.Service.Inbox;
using VolunteerDW.Tests.Support;

namespace VolunteerDW.Tests.Service;

/// <summary>The service on a temporary folder with an inbox scanned every second: files dropped in are loaded and archived, or quarantined with their error report.</summary>
public sealed class ServiceEndToEndTests
{
    [Fact]
    public async Task A_workbook_dropped_in_is_loaded_and_archived_and_a_bad_one_is_quarantined_with_its_error_report()
    {
        await using var service = await ServiceHarness.CreateAsync(TimeProvider.System,
            ("Jobs:inbox:Cron", "* * * * * ?"), ("Service:SettleSeconds", "1"),
            ("Jobs:tier1-deadline:Cron", "off"), ("Jobs:tier2-deadline:Cron", "off"), ("Jobs:semiannual-draft:Cron", "off"), ("Jobs:semiannual-final:Cron", "off"));
        using var host = service.BuildHost();
        await host.StartAsync();
        var scratch = service.Warehouse.Folder;
        var good = new ReturnBuilder("101000000").WriteTo(scratch);
        var bad = new ReturnBuilder("102400000").Cell("programmes", "H3", "about 300").WriteTo(scratch);

        File.Move(good, Path.Combine(service.Inbox, Path.GetFileName(good)));
        File.Move(bad, Path.Combine(service.Inbox, Path.GetFileName(bad)));
        var runs = await service.WaitForRunsAsync(r => r.Any(x => x.Job == JobNames.Inbox && x.Outcome == JobOutcome.Succeeded));
        await host.StopAsync();

        var run = runs.Single(r => r.Job == JobNames.Inbox && r.Outcome == JobOutcome.Succeeded);
        Assert.Equal("2 file(s): 1 archived (1 workbook(s) loaded, 9 fact rows), 1 quarantined", run.Summary);
        Assert.Single(Directory.GetFiles(Path.Combine(service.Archive, "2026Q2", "101000000"), "*_101000000_2026Q2.xlsx"));
        var quarantined = Assert.Single(Directory.GetFiles(service.Quarantine, "*_102400000_2026Q2.xlsx"));
        Assert.Contains("102400000_2026Q2.xlsx › programmes!H3", await File.ReadAllTextAsync(quarantined + ErrorReport.Suffix), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(service.Inbox));
        Assert.Contains(service.Log.Entries, e => e.Message.StartsWith("Quarantined 102400000_2026Q2.xlsx: 2 problem(s), see ", StringComparison.Ordinal));
        Assert.Contains(service.Log.Entries, e => e.Message.StartsWith("Archived 101000000_2026Q2.xlsx as ", StringComparison.Ordinal));
    }
}
