using Microsoft.AspNetCore.Mvc;
using VolunteerDW.Portal.Reporting;
using VolunteerDW.Reports.Output;

namespace VolunteerDW.Portal.Pages.Reports;

/// <summary>
/// A report opened in the browser: the report's own HTML document at its own address, as the
/// writer made it (its escaping untouched), under a policy that allows its one style block and no
/// script (<see cref="ReportDocumentPolicy"/>).
/// </summary>
public sealed class ViewModel(ReportFiles files) : ReportPageModel
{
    public Task<IActionResult> OnGetAsync(string? kind, string? period, string? region, string? lang) =>
        ReportAsync(files, kind, period, region, lang, ReportFormat.Html, async file =>
        {
            var html = await System.IO.File.ReadAllTextAsync(file.Path, HttpContext.RequestAborted);
            Response.Headers.ContentSecurityPolicy = ReportDocumentPolicy.For(html) ?? throw new InvalidOperationException($"{file.Path} is not a report page.");
            return Content(html, file.ContentType);
        });
}
