using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Portal.Hosting;
using VolunteerDW.Portal.Reporting;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Portal.Pages.Reports;

/// <summary>
/// A file a scheduled job wrote, from the reports folder only, for the ministry only, on the audit
/// log. Markdown comes with the charts it shows, as a zip, like a report made on demand.
/// </summary>
public sealed class ScheduledModel(PortalSettings settings, AuditLog audit) : ReportPageModel
{
    public async Task<IActionResult> OnGetAsync(string? file)
    {
        if (!ReportAccess.MaySeeScheduled(User))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (ScheduledReportFiles.Find(settings.Reports, file) is not { } path)
        {
            return NotFound();
        }

        await audit.RecordAsync(AuditActions.Downloaded, User.Identity!.Name, file, HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted);
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return PhysicalFile(path, ReportFile.TypeOf(path)!, Path.GetFileName(path));
        }

        var zip = new MemoryStream();
        MarkdownBundle.Write(path, zip);
        zip.Position = 0;
        return File(zip, ReportFile.TypeOf(".zip")!, Path.GetFileNameWithoutExtension(path) + ".zip");
    }
}
