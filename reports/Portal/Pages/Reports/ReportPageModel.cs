using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerDW.Portal.Reporting;
using VolunteerDW.Reports.Output;

namespace VolunteerDW.Portal.Pages.Reports;

/// <summary>
/// What every reports page shares: nobody but who may read reports gets past any of its handlers
/// (<see cref="ReportAccess.MayOpen"/>: a district officer is refused), and a report named in the
/// address is made only for who may have it.
/// </summary>
public abstract class ReportPageModel : PageModel
{
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ReportAccess.MayOpen(User))
        {
            context.Result = StatusCode(StatusCodes.Status403Forbidden);
        }
    }

    /// <summary>
    /// The report the address asks for, in <paramref name="format"/>, handed to <paramref name="answer"/>:
    /// 400 for an address that names no report, 403 for one not theirs (asked before anything is
    /// read), 404 for a region that was not one in the quarter.
    /// </summary>
    protected async Task<IActionResult> ReportAsync(ReportFiles files, string? kind, string? period, string? region, string? lang, ReportFormat format,
        Func<ReportFile, Task<IActionResult>> answer)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(answer);
        if (ReportRequest.Parse(kind, period, region, lang) is not { } request)
        {
            return BadRequest();
        }

        if (!ReportAccess.Allows(User, request))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        ReportFile file;
        try
        {
            file = await files.GetAsync(request, format, HttpContext.RequestAborted);
        }
        catch (ArgumentException)
        {
            return NotFound();
        }

        return await answer(file);
    }
}
