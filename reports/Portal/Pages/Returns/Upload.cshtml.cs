using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Etl.Problems;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Portal.Hosting;
using VolunteerDW.Portal.Returns;
using VolunteerDW.Portal.Text;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Pages.Returns;

/// <summary>What became of one file sent: loaded (as which version), already there, rejected or skipped, with every problem in the reader's language.</summary>
/// <param name="Name">The file as sent (and, in a package, the workbook in it).</param>
/// <param name="Outcome">Loaded, already there, rejected or skipped.</param>
/// <param name="Version">The version it was loaded as.</param>
/// <param name="Problems">Every problem, one line each, in the sender's language.</param>
/// <param name="Checked">For a rejected workbook, the address of the same workbook with its problems marked on it.</param>
public sealed record UploadedFile(string Name, LoadOutcome Outcome, int? Version, IReadOnlyList<string> Problems, string? Checked);

/// <summary>
/// Sending returns (workbooks or a region's zip package) through the same loader and rules as
/// `vdw load`: each file is kept with who sent it before it is read, and a return for a unit the
/// sender may not send for (<see cref="UnitAccess"/>) is rejected like any other mistake. Loads take
/// their turn in the <see cref="LoadTurns"/>, and a sending is held to the loader's limits
/// (<see cref="UploadLimitsAttribute"/>).
/// </summary>
[UploadLimits]
public sealed class UploadModel(WarehouseConnectionFactory connections, TimeProvider time, PortalSettings settings, AuditLog audit, LoadTurns turns) : PageModel
{
    public IReadOnlyList<UploadedFile> Results { get; private set; } = [];

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var sender = User.Identity!.Name!;
        var kept = await KeepAsync(files, sender);
        // Received when it arrived, not when its turn came.
        var received = ReceivedTime.At(time.GetUtcNow());
        var report = await turns.RunAsync(cancellationToken => new SubmissionLoader(connections, new LoadOptions
        {
            Received = received,
            Time = time,
            Limits = settings.Limits,
            MaySend = unit => UnitAccess.Allows(User, unit),
            Sender = UnitAccess.Actor(User),
            LockWait = TimeSpan.FromMinutes(2),
        }).LoadAsync(kept.Keys, cancellationToken: cancellationToken), HttpContext.RequestAborted);

        var language = PortalLanguage.Of(HttpContext);
        Results = [.. report.Results.Select(r =>
        {
            var whole = r.Name == Path.GetFileName(r.Source);
            var name = whole ? kept[r.Source] : $"{kept[r.Source]} › {r.Name}";
            var marked = whole && r.Outcome == LoadOutcome.Rejected ? CheckedCopy.Write(r.Source, r.Problems ?? [], language) : null;
            return new UploadedFile(name, r.Outcome, r.Version, [.. (r.Problems ?? []).Select(p => Messages.Describe(name, p, language))], marked);
        })];
        foreach (var result in Results)
        {
            await audit.RecordAsync(AuditActions.Uploaded, sender, $"{result.Name}: {result.Outcome}", HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted);
        }

        // Sent by htmx: only the results, put in place on the page the sender is still on.
        return Request.IsHtmx() ? Partial("_UploadResults", this) : Page();
    }

    // Every file is kept, as sent, under the day and the sender, before anything reads it: the record of what was sent and by whom.
    private async Task<Dictionary<string, string>> KeepAsync(List<IFormFile> files, string sender)
    {
        var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), KazakhstanTime.Zone);
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            var name = Path.GetFileName(files[i].FileName);
            var path = KeptUploads.PathFor(settings.Uploads, now, sender, i + 1, name);
            await using (var stream = System.IO.File.Create(path))
            {
                await files[i].CopyToAsync(stream, HttpContext.RequestAborted);
            }

            kept[path] = name;
        }

        return kept;
    }
}
