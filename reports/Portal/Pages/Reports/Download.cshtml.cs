using Microsoft.AspNetCore.Mvc;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Portal.Reporting;
using VolunteerDW.Reports.Output;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Portal.Pages.Reports;

/// <summary>A report downloaded as PDF, XLSX or Markdown (a zip with its charts), on the audit log.</summary>
public sealed class DownloadModel(ReportFiles files, AuditLog audit) : ReportPageModel
{
    private static readonly Dictionary<string, ReportFormat> _formats = new(StringComparer.Ordinal)
    {
        ["pdf"] = ReportFormat.Pdf,
        ["xlsx"] = ReportFormat.Xlsx,
        ["md"] = ReportFormat.Md,
    };

    public async Task<IActionResult> OnGetAsync(string? kind, string? period, string? region, string? lang, string? format)
    {
        if (format is null || !_formats.TryGetValue(format, out var asked))
        {
            return BadRequest();
        }

        try
        {
            return await ReportAsync(files, kind, period, region, lang, asked, async file =>
            {
                await audit.RecordAsync(AuditActions.Downloaded, User.Identity!.Name, file.DownloadName, HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted);
                return PhysicalFile(file.Path, file.ContentType, file.DownloadName);
            });
        }
        catch (ReportTemplateException)
        {
            // No browser to print the PDF with on this server: the report itself is fine, the service is not there.
            return StatusCode(Microsoft.AspNetCore.Http.StatusCodes.Status503ServiceUnavailable);
        }
    }
}
